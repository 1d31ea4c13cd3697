import Foundation

/// Encodes a ``Summary`` as stable JSON: sorted keys, two-space indentation, a final newline.
public enum SummaryJSON {
    /// The summary as JSON text.
    public static func encode(_ summary: Summary) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(summary) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

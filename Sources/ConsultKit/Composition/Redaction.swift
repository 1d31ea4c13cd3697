import Foundation

/// Removes contact details from text that will be quoted: e-mail addresses and phone numbers
/// become "[redacted]".
public enum Redaction {
    private static let email = try? NSRegularExpression(pattern: "[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")
    /// UK-style numbers: +44 or 0, then 9 to 12 more digits with optional spaces, dots, hyphens or brackets.
    private static let phone = try? NSRegularExpression(
        pattern: "(?<![\\w/])(?:\\+44\\s?\\(?0?\\)?|\\(?0)\\d{2,4}\\)?(?:[\\s.-]?\\d){6,8}(?!\\w)")

    /// The text with e-mail addresses and phone numbers replaced.
    public static func redact(_ text: String) -> String {
        guard text.contains("@") || text.contains(where: \.isNumber) else { return text }
        var result = text
        for pattern in [email, phone].compactMap({ $0 }) {
            let range = NSRange(result.startIndex..., in: result)
            result = pattern.stringByReplacingMatches(in: result, range: range, withTemplate: "[redacted]")
        }
        return result
    }
}

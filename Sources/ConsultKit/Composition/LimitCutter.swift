import Foundation

/// Cuts text to fit an online form's character limit, at a sentence boundary.
public enum LimitCutter {
    /// The result of cutting.
    public struct Cut: Sendable, Equatable {
        /// The text that fits.
        public var text: String
        /// How many characters the original had.
        public var originalLength: Int
        /// How many whole sentences were left out.
        public var sentencesRemoved: Int
        /// Whether anything was cut.
        public var wasCut: Bool { text.count < originalLength }
    }

    /// The longest run of whole sentences from the start of `text` that fits in `limit` characters.
    ///
    /// Paragraph breaks are kept. If even the first sentence is too long, it is cut at a word boundary and
    /// ends with an ellipsis.
    public static func cut(_ text: String, limit: Int) -> Cut {
        guard text.count > limit, limit > 0 else {
            return Cut(text: text, originalLength: text.count, sentencesRemoved: 0)
        }
        let paragraphs = text.components(separatedBy: "\n\n").map { Sentences.split($0) }
        let total = paragraphs.reduce(0) { $0 + $1.count }
        var kept = ""
        var keptCount = 0
        outer: for (index, sentences) in paragraphs.enumerated() {
            for (position, sentence) in sentences.enumerated() {
                let separator = kept.isEmpty ? "" : (position == 0 && index > 0 ? "\n\n" : " ")
                if kept.count + separator.count + sentence.count > limit { break outer }
                kept += separator + sentence
                keptCount += 1
            }
        }
        if kept.isEmpty {
            var words = ""
            for word in text.split(separator: " ") {
                if words.count + word.count + 2 > limit { break }
                words += (words.isEmpty ? "" : " ") + word
            }
            kept = words + "…"
        }
        return Cut(text: kept, originalLength: text.count, sentencesRemoved: total - keptCount)
    }
}

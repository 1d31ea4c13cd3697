/// A response as written, before its values are checked against the questionnaire.
///
/// Markdown files, JSON files and survey export rows are each read into this shape, and
/// ``ResponseBuilder`` turns it into a ``Response``, so every source follows the same rules.
struct RawResponse: Sendable {
    /// A value as written, with the line it was on (or the row, for a survey export).
    struct Value: Sendable, Hashable {
        var text: String
        var line: Int?
        /// The column name, for survey exports.
        var column: String?
        /// The JSON path, e.g. `$.answers.q1.answer`, for JSON files.
        var path: String?

        init(_ text: String, line: Int?, column: String? = nil, path: String? = nil) {
            self.text = text
            self.line = line
            self.column = column
            self.path = path
        }
    }

    /// One question's section.
    struct Section: Sendable {
        var question: String
        var line: Int?
        var answer: Value?
        var concerns: [Value] = []
        var conditional: Value?
        var inferred: Value?
        var confidence: Value?
        var evidence: [String] = []
        var text: String = ""
    }

    /// The front-matter fields that describe a respondent.
    static let respondentFields = ["respondent", "type", "place", "submitted", "contact", "publish", "questionnaire"]
    /// The fields a question section may start with.
    static let sectionFields = ["answer", "concerns", "conditional", "inferred", "confidence", "evidence"]

    var source: String
    var row: Int?
    var line: Int = 1
    /// Whether problems are located by JSON path (JSON files, which have no useful line numbers).
    var locatedByPath = false
    var fields: [String: Value] = [:]
    var sections: [Section] = []
}

import Foundation

/// Which column of a survey export holds what, read from the sidecar `Responses/<name>.mapping.json`:
///
/// ```json
/// {"questionnaire": "nhse-integrating-care-2020",
///  "columns": {"respondent": "Organisation name", "type": "What type of organisation are you?",
///              "answers": {"q1": "Q1. Do you agree that ...?"}, "comments": {"q1": "Q1. Please explain"},
///              "concerns": {"comments": "Main concerns (optional)"}}}
/// ```
///
/// Reading checks only the file's shape; ``SurveyColumns`` checks the names against the questionnaire and
/// the export's header.
struct SurveyMapping: Sendable, Equatable {
    /// The newest file format version this build understands.
    static let supportedVersion = 1
    /// The respondent fields a column may hold: the response id, then the fields of a response file.
    static let fieldNames = ["id"] + RawResponse.respondentFields.filter { $0 != "questionnaire" }
    /// The groups of question columns.
    static let groups = ["answers", "comments", "concerns"]

    /// One `key: column` pair, with its JSON path for messages.
    struct Entry: Sendable, Equatable {
        /// A field name, or a question id inside a group.
        var key: String
        /// The column's name as the export's header gives it.
        var column: String
        /// Where the pair is in the file, e.g. `$.columns.answers.q1`.
        var path: String
    }

    /// The questionnaire the export answers, when the mapping names one.
    var questionnaire: String?
    /// Respondent fields and their columns.
    var fields: [Entry] = []
    /// Question columns by group (`answers`, `comments`, `concerns`).
    var questions: [String: [Entry]] = [:]

    /// Parses a mapping file, reporting each problem with its JSON path; entries with problems are left out.
    static func read(_ data: Data, source: String) -> (SurveyMapping?, [Diagnostic]) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "it is not valid JSON"
            return (nil, [.error("$: this is not valid JSON (\(reason))", file: source)])
        }
        guard let root = object as? [String: Any] else {
            return (nil, [.error("$: expected an object with 'questionnaire' and 'columns'", file: source)])
        }
        var diagnostics: [Diagnostic] = []
        let version = (root["version"] as? NSNumber)?.intValue ?? 1
        guard version <= supportedVersion else {
            let message =
                "$.version: this mapping is version \(version), but this build of consult reads up to version \(supportedVersion); update consult"
            return (nil, [.error(message, file: source)])
        }
        var mapping = SurveyMapping()
        if let named = root["questionnaire"] {
            if let text = named as? String {
                mapping.questionnaire = text
            } else {
                diagnostics.append(.error("$.questionnaire: expected the questionnaire's id as text", file: source))
            }
        }
        for key in root.keys.sorted() where !["version", "questionnaire", "columns"].contains(key) {
            diagnostics.append(.warning("$.\(key): unknown field is ignored", file: source))
        }
        guard let columns = root["columns"] as? [String: Any] else {
            let message =
                "$.columns: expected an object naming the column of each field, e.g. {\"respondent\": \"Organisation name\"}"
            return (nil, diagnostics + [.error(message, file: source)])
        }
        for key in columns.keys.sorted() {
            let path = "$.columns.\(key)"
            let value = columns[key] ?? NSNull()
            if groups.contains(key) {
                guard let entries = value as? [String: Any] else {
                    diagnostics.append(.error("\(path): expected an object keyed by question id", file: source))
                    continue
                }
                for id in entries.keys.sorted() {
                    guard let column = entries[id] as? String else {
                        diagnostics.append(.error("\(path).\(id): expected a column name", file: source))
                        continue
                    }
                    mapping.questions[key, default: []].append(Entry(key: id, column: column, path: "\(path).\(id)"))
                }
            } else if fieldNames.contains(key) {
                guard let column = value as? String else {
                    diagnostics.append(.error("\(path): expected a column name", file: source))
                    continue
                }
                mapping.fields.append(Entry(key: key, column: column, path: path))
            } else {
                let known = fieldNames + groups
                diagnostics.append(
                    .error(
                        "\(path): unknown field '\(key)'; expected one of \(Vocabulary.list(known))."
                            + Suggestion.hint(for: key, among: known), file: source))
            }
        }
        return (mapping, diagnostics)
    }
}

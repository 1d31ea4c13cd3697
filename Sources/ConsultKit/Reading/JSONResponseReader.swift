import Foundation

/// Reads a response written as JSON, the same model as the Markdown form:
///
/// ```json
/// {"respondent": "…", "type": "ccg", "submitted": "2021-01-04", "publish": "yes",
///  "answers": {"q1": {"answer": "agree", "concerns": ["local-accountability"], "text": "…"},
///              "option": "option-2"}}
/// ```
struct JSONResponseReader: Sendable {
    let vocabulary: Vocabulary

    func read(_ data: Data, source: String) -> (RawResponse?, [Diagnostic]) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "it is not valid JSON"
            return (nil, [.error("this is not valid JSON (\(reason))", file: source)])
        }
        guard let root = object as? [String: Any] else {
            return (nil, [.error("$: expected an object with 'respondent', 'type' and 'answers'", file: source)])
        }
        var diagnostics: [Diagnostic] = []
        var raw = RawResponse(source: source)
        for key in root.keys.sorted() {
            let value = root[key] ?? NSNull()
            if key == "answers" { continue }
            guard RawResponse.respondentFields.contains(key) else {
                diagnostics.append(.warning("$.\(key): unknown field is ignored", file: source))
                continue
            }
            guard let text = Self.text(value) else {
                diagnostics.append(.error("$.\(key): expected text", file: source))
                continue
            }
            raw.fields[key] = RawResponse.Value(text, line: nil, column: nil)
        }
        let answers = root["answers"] as? [String: Any] ?? [:]
        if root["answers"] != nil, root["answers"] is [String: Any] == false {
            diagnostics.append(.error("$.answers: expected an object keyed by question id", file: source))
        }
        for key in answers.keys.sorted() {
            guard let question = vocabulary.question(named: key) else {
                diagnostics.append(
                    .error("$.answers.\(key): unknown question; expected one of \(vocabulary.questionIDs)", file: source))
                continue
            }
            var section = RawResponse.Section(question: question.id, line: nil)
            if let shorthand = Self.text(answers[key] ?? NSNull()) {
                section.answer = RawResponse.Value(shorthand, line: nil)
            } else if let fields = answers[key] as? [String: Any] {
                section.answer = (fields["answer"]).flatMap(Self.text).map { RawResponse.Value($0, line: nil) }
                if let concerns = fields["concerns"] {
                    let list = (concerns as? [Any])?.compactMap(Self.text).joined(separator: ",") ?? Self.text(concerns) ?? ""
                    section.concerns = [RawResponse.Value(list, line: nil)]
                }
                section.text = fields["text"].flatMap(Self.text) ?? ""
                section.conditional = fields["conditional"].flatMap(Self.text).map { RawResponse.Value($0, line: nil) }
                section.inferred = fields["inferred"].flatMap(Self.text).map { RawResponse.Value($0, line: nil) }
                section.confidence = fields["confidence"].flatMap(Self.text).map { RawResponse.Value($0, line: nil) }
                section.evidence = (fields["evidence"] as? [Any])?.compactMap(Self.text) ?? []
            } else {
                diagnostics.append(.error("$.answers.\(key): expected an answer or an object with 'answer' and 'text'", file: source))
            }
            raw.sections.append(section)
        }
        return (raw, diagnostics)
    }

    private static func text(_ value: Any) -> String? {
        switch value {
        case let string as String: return string
        case let bool as Bool: return bool ? "yes" : "no"
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }
}

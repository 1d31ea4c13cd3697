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
        raw.locatedByPath = true
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
            raw.fields[key] = RawResponse.Value(text, line: nil, path: "$.\(key)")
        }
        let answers = root["answers"] as? [String: Any] ?? [:]
        if root["answers"] != nil, root["answers"] is [String: Any] == false {
            diagnostics.append(.error("$.answers: expected an object keyed by question id", file: source))
        }
        for key in answers.keys.sorted() {
            guard let question = vocabulary.question(named: key) else {
                diagnostics.append(
                    .error(
                        "$.answers.\(key): unknown question; expected one of \(vocabulary.questionIDs)", file: source))
                continue
            }
            var section = RawResponse.Section(question: question.id, line: nil)
            let at = "$.answers.\(key)"
            func value(_ field: String, in fields: [String: Any]) -> RawResponse.Value? {
                fields[field].flatMap(Self.text).map { RawResponse.Value($0, line: nil, path: "\(at).\(field)") }
            }
            if let shorthand = Self.text(answers[key] ?? NSNull()) {
                section.answer = RawResponse.Value(shorthand, line: nil, path: at)
            } else if let fields = answers[key] as? [String: Any] {
                section.answer = value("answer", in: fields)
                if let concerns = fields["concerns"] {
                    let list =
                        (concerns as? [Any])?.compactMap(Self.text).joined(separator: ",") ?? Self.text(concerns) ?? ""
                    section.concerns = [RawResponse.Value(list, line: nil, path: "\(at).concerns")]
                }
                section.text = fields["text"].flatMap(Self.text) ?? ""
                section.conditional = value("conditional", in: fields)
                section.inferred = value("inferred", in: fields)
                section.confidence = value("confidence", in: fields)
                section.evidence = (fields["evidence"] as? [Any])?.compactMap(Self.text) ?? []
            } else {
                diagnostics.append(
                    .error("$.answers.\(key): expected an answer or an object with 'answer' and 'text'", file: source))
            }
            raw.sections.append(section)
        }
        return (raw, diagnostics)
    }

    private static func text(_ value: Any) -> String? {
        switch value {
        case let string as String: return string
        case let number as NSNumber:
            // JSON's true and false arrive as NSNumbers too, and would also cast to Bool from 1 and 0;
            // only the type code ('c', a C char) tells `"option": 1` from `"publish": true`.
            if String(cString: number.objCType) == "c" { return number.boolValue ? "yes" : "no" }
            return number.stringValue
        case let bool as Bool: return bool ? "yes" : "no"
        default: return nil
        }
    }
}

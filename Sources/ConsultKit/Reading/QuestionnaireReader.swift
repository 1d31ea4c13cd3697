import Foundation

/// Reads a questionnaire from JSON and checks that it is coherent.
///
/// Every problem is reported with the file, the JSON path (e.g. `$.questions[2].scale`) and the reason.
public enum QuestionnaireReader {
    /// Parses and validates a questionnaire.
    ///
    /// - Parameters:
    ///   - data: the JSON bytes.
    ///   - source: the file name used in messages.
    /// - Returns: the questionnaire when it is usable, and every problem found.
    public static func read(_ data: Data, source: String) -> (Questionnaire?, [Diagnostic]) {
        // A newer format may have renamed or dropped fields, so its version is checked before anything
        // else: "update consult" is the only useful thing to say about such a file.
        if let probe = try? JSONDecoder().decode(VersionProbe.self, from: data), let version = probe.version,
            version > Questionnaire.supportedVersion
        {
            return (nil, [.error(QuestionnaireValidator.newerVersion(version), file: source)])
        }
        let questionnaire: Questionnaire
        do {
            questionnaire = try JSONDecoder().decode(Questionnaire.self, from: data)
        } catch let error as DecodingError {
            return (nil, [.error(describe(error), file: source)])
        } catch {
            return (nil, [.error("could not read the questionnaire: \(error.localizedDescription)", file: source)])
        }
        let problems = QuestionnaireValidator.problems(in: questionnaire).map {
            Diagnostic.error($0, file: source)
        }
        return (problems.isEmpty ? questionnaire : nil, problems)
    }

    /// Turns a decoding error into a sentence with a JSON path.
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing required field '\(key.stringValue)'"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type)), found null"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return "$: this is not valid JSON (\(underlyingReason(context)))"
            }
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "$: could not read the questionnaire"
        }
    }

    /// A JSON path such as `$.questions[2].scale`.
    static func path(_ keys: [CodingKey]) -> String {
        keys.reduce("$") { text, key in
            if let index = key.intValue { return text + "[\(index)]" }
            return text + "." + key.stringValue
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: type is any Collection.Type ? "a list" : "an object"
        }
    }

    /// Just the `version` field, read before the rest.
    private struct VersionProbe: Decodable {
        var version: Int?
    }

    private static func underlyingReason(_ context: DecodingError.Context) -> String {
        guard let underlying = context.underlyingError as NSError? else { return context.debugDescription }
        return underlying.userInfo[NSDebugDescriptionErrorKey] as? String ?? underlying.localizedDescription
    }
}

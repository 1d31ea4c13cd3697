/// Checks a decoded questionnaire for problems that JSON decoding cannot see.
enum QuestionnaireValidator {
    /// Every problem, each starting with the JSON path it is about.
    static func problems(in q: Questionnaire) -> [String] {
        var problems: [String] = []
        if q.version > Questionnaire.supportedVersion { problems.append(newerVersion(q.version)) }
        if q.id.trimmingSpaces().isEmpty { problems.append("$.id: the id is empty") }
        if q.questions.isEmpty { problems.append("$.questions: the questionnaire has no questions") }
        problems += duplicates(q.questions.map(\.id), at: "$.questions", what: "question id")
        problems += duplicates(q.stakeholderTypes.map(\.id), at: "$.stakeholderTypes", what: "stakeholder type id")
        problems += duplicates(q.places.map(\.id), at: "$.places", what: "place id")
        problems += duplicates(q.themes.map(\.id), at: "$.themes", what: "theme id")
        for name in q.scales.keys.sorted() {
            let options = q.scales[name] ?? []
            if options.isEmpty { problems.append("$.scales.\(name): the scale has no answers") }
            problems += duplicates(options.map(\.id), at: "$.scales.\(name)", what: "answer id")
        }
        for (index, question) in q.questions.enumerated() {
            let at = "$.questions[\(index)]"
            if question.id.trimmingSpaces().isEmpty { problems.append("\(at).id: the question id is empty") }
            if let scale = question.scale, q.scales[scale] == nil {
                let known = q.scales.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
                let scales = known.isEmpty ? "the questionnaire has no 'scales'" : "the scales are \(known)"
                problems.append("\(at).scale: no scale is called '\(scale)'; \(scales)")
            }
            if let limit = question.limit, limit <= 0 {
                problems.append("\(at).limit: the limit must be a positive number of characters, not \(limit)")
            }
        }
        for (index, type) in q.stakeholderTypes.enumerated() where type.weight < 0 || !type.weight.isFinite {
            problems.append("$.stakeholderTypes[\(index)].weight: the weight of '\(type.id)' is below 0")
        }
        for (index, theme) in q.themes.enumerated() {
            for (p, phrase) in theme.phrases.enumerated() where ThemePhrase(phrase) == nil {
                let at = "$.themes[\(index)].phrases[\(p)]"
                if phrase.trimmingSpaces().dropLast().contains("*") {
                    problems.append(
                        "\(at): '\(phrase)' has a '*' that does not end the phrase; a '*' may only end the last word")
                } else {
                    problems.append(
                        "\(at): '\(phrase)' has no words to match (use letters or digits; "
                            + "a '*' may only end the phrase)")
                }
            }
        }
        return problems
    }

    /// The message for a file written for a newer build of consult.
    static func newerVersion(_ version: Int) -> String {
        "$.version: this file is version \(version), but this build of consult reads up to version "
            + "\(Questionnaire.supportedVersion); update consult"
    }

    private static func duplicates(_ ids: [String], at path: String, what: String) -> [String] {
        var seen: [String: Int] = [:]
        var problems: [String] = []
        for (index, id) in ids.enumerated() {
            if let first = seen[id] {
                problems.append("\(path)[\(index)].id: duplicate \(what) '\(id)' (first used at \(path)[\(first)])")
            } else {
                seen[id] = index
            }
        }
        return problems
    }
}

/// What each column of a survey export holds: a respondent field, or one question's answer, comments
/// or concerns. Worked out once per export, from its mapping file or from the header itself.
struct SurveyColumns: Sendable, Equatable {
    /// What one column holds.
    enum Role: Sendable, Equatable {
        /// A respondent field: `id`, `respondent`, `type`, `place`, `submitted`, `contact`, `publish`, `questionnaire`.
        case field(String)
        /// The chosen answer of the question at this index of the questionnaire's questions.
        case answer(Int)
        /// Free text for the question at this index.
        case comments(Int)
        /// Theme ids or labels for the question at this index, separated by `;` or `,`.
        case concerns(Int)
    }

    /// The role of each header column, or `nil` for a column that is not read.
    var roles: [Role?]

    /// Columns named by a mapping file; names not in the header and unknown questions are reported
    /// against the mapping file, with their JSON paths.
    static func mapped(
        header: [String], mapping: SurveyMapping, mappingSource: String, exportSource: String, vocabulary: Vocabulary
    ) -> (SurveyColumns, [Diagnostic]) {
        var roles = [Role?](repeating: nil, count: header.count)
        var diagnostics: [Diagnostic] = []
        let questions = vocabulary.questionnaire.questions
        func column(_ entry: SurveyMapping.Entry) -> Int? {
            let wanted = entry.column.trimmingSpaces()
            if let exact = header.firstIndex(of: wanted) { return exact }
            if let loose = header.firstIndex(where: { $0.matchKey == wanted.matchKey }) { return loose }
            diagnostics.append(
                .error(
                    "\(entry.path): column '\(entry.column)' is not in the header of \(exportSource)."
                        + Suggestion.hint(for: entry.column, among: header), file: mappingSource))
            return nil
        }
        for entry in mapping.fields {
            if let index = column(entry) { roles[index] = .field(entry.key) }
        }
        for group in SurveyMapping.groups {
            for entry in mapping.questions[group] ?? [] {
                guard let position = questionIndex(entry.key, in: questions) else {
                    let ids = questions.map(\.id)
                    diagnostics.append(
                        .error(
                            "\(entry.path): unknown question '\(entry.key)'; expected one of \(Vocabulary.list(ids))."
                                + Suggestion.hint(for: entry.key, among: ids), file: mappingSource))
                    continue
                }
                guard let index = column(entry) else { continue }
                switch group {
                case "answers" where questions[position].scale == nil:
                    diagnostics.append(
                        .warning(
                            "\(entry.path): \(entry.key) is a free-text question and takes no answer; the column is read as its comments",
                            file: mappingSource))
                    roles[index] = .comments(position)
                case "answers": roles[index] = .answer(position)
                case "comments": roles[index] = .comments(position)
                default: roles[index] = .concerns(position)
                }
            }
        }
        return (SurveyColumns(roles: roles), diagnostics)
    }

    /// Columns that name themselves: a field (`respondent`, `type`, …), a question id or label (`q1`), or a
    /// question id followed by `comments` or `concerns` (`q1 comments`), ignoring case and spacing. Every
    /// other column is reported once, in one warning.
    static func inferred(header: [String], source: String, mappingName: String, vocabulary: Vocabulary)
        -> (SurveyColumns, [Diagnostic])
    {
        var roles = [Role?](repeating: nil, count: header.count)
        var unmapped: [String] = []
        let questions = vocabulary.questionnaire.questions
        let fields = SurveyMapping.fieldNames + ["questionnaire"]
        for (index, name) in header.enumerated() {
            let key = name.matchKey
            guard !key.isEmpty else { continue }
            var role: Role?
            if let field = fields.first(where: { $0 == key }) {
                role = .field(field)
            } else if let position = questionIndex(key, in: questions) {
                role = questions[position].scale == nil ? .comments(position) : .answer(position)
            } else if let space = key.lastIndex(of: " "),
                let position = questionIndex(String(key[..<space]), in: questions)
            {
                switch key[key.index(after: space)...] {
                case "answer" where questions[position].scale != nil: role = .answer(position)
                case "comments", "comment", "text": role = .comments(position)
                case "concerns", "concern", "themes": role = .concerns(position)
                default: break
                }
            }
            if let role, !roles.contains(role) {
                roles[index] = role
            } else {
                unmapped.append(name)
            }
        }
        guard !unmapped.isEmpty else { return (SurveyColumns(roles: roles), []) }
        let columns = unmapped.map { "'\($0)'" }.joined(separator: ", ")
        let warning = Diagnostic.warning(
            "\(Grammar.capitalised(Grammar.count(unmapped.count, "column"))) \(unmapped.count == 1 ? "names" : "name") no field or question and \(unmapped.count == 1 ? "is" : "are") ignored: \(columns)",
            file: source, line: 1,
            note:
                "name the columns 'respondent', 'type', 'place', 'submitted', 'contact', 'publish', a question id such as 'q1', or 'q1 comments' and 'q1 concerns'; or map them in \(mappingName)"
        )
        return (SurveyColumns(roles: roles), [warning])
    }

    /// The position of the question a mapping key or header names by id or label, ignoring case and spacing.
    private static func questionIndex(_ name: String, in questions: [Question]) -> Int? {
        let key = name.matchKey
        return questions.firstIndex { $0.id.matchKey == key } ?? questions.firstIndex { $0.label.matchKey == key }
    }
}

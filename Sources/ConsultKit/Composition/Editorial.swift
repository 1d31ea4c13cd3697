/// The programme office's own words, which win over drafted text.
///
/// Read from `Responses/_editorial.md`: a `## summary` section replaces the drafted summary, and a
/// `## q1` section sets the system's answer (`answer:`) and replaces the drafted text for that question.
public struct Editorial: Sendable, Hashable {
    /// One question's editorial text.
    public struct Section: Sendable, Hashable {
        /// The answer the system gives, overriding the computed position.
        public var answer: String?
        /// The paragraphs that replace the drafted text (blank-line separated; `- ` lines are bullets).
        public var text: String
        /// The line of the section heading.
        public var line: Int
    }

    /// The file it came from.
    public var source: String
    /// The text replacing the drafted summary.
    public var summary: String?
    /// Sections by question id.
    public var sections: [String: Section]

    /// Creates editorial text.
    public init(source: String, summary: String? = nil, sections: [String: Section] = [:]) {
        self.source = source
        self.summary = summary
        self.sections = sections
    }

    /// Reads editorial Markdown; problems (unknown sections and answers) are reported, not fatal.
    public static func read(_ text: String, source: String, questionnaire: Questionnaire) -> (Editorial, [Diagnostic]) {
        let vocabulary = Vocabulary(questionnaire: questionnaire)
        var editorial = Editorial(source: source)
        var diagnostics: [Diagnostic] = []
        var current: (id: String, line: Int)?
        var answer: String?
        var lines: [String] = []
        func finish() {
            guard let section = current else { return }
            let body = MarkdownResponseReader.paragraphs(lines)
            if section.id == "summary" {
                editorial.summary = body.isEmpty ? nil : body
            } else {
                editorial.sections[section.id] = Section(answer: answer, text: body, line: section.line)
            }
            current = nil
            answer = nil
            lines = []
        }
        let all = MarkdownResponseReader.lines(of: MarkdownResponseReader.removingComments(text))
        for (index, line) in all.enumerated() {
            let trimmed = line.trimmingSpaces()
            if trimmed.hasPrefix("## ") {
                finish()
                let heading = String(trimmed.dropFirst(3)).trimmingSpaces()
                if heading.matchKey == "summary" {
                    current = ("summary", index + 1)
                } else if let question = vocabulary.question(named: heading) {
                    current = (question.id, index + 1)
                } else {
                    diagnostics.append(
                        .warning(
                            "unknown editorial section '\(heading)' is ignored; use '## summary' or a question id (\(vocabulary.questionIDs))",
                            file: source, line: index + 1))
                }
                continue
            }
            guard let section = current else { continue }
            if lines.allSatisfy({ $0.trimmingSpaces().isEmpty }), let (key, value) = MarkdownResponseReader.field(line),
                key == "answer", section.id != "summary"
            {
                if let question = questionnaire.question(id: section.id) {
                    switch vocabulary.answer(value, for: question) {
                    case .success(let option): answer = option.id
                    case .failure(let problem):
                        diagnostics.append(.error(problem.message, file: source, line: index + 1))
                    }
                }
                continue
            }
            lines.append(line)
        }
        finish()
        return (editorial, diagnostics)
    }
}

/// The six files of a composed response.
extension Composer {
    /// How the files of one composition are named.
    public struct FileNames: Sendable {
        /// The document stem: `system-response` or `city-and-hackney-response`.
        public var stem: String
        /// A prefix for the other files: empty, or `city-and-hackney-`.
        public var extras: String

        var submission: String { extras + "submission.txt" }
    }

    /// Every output, built in memory.
    public func outputs(prefix names: FileNames) -> (OutputSet, [Diagnostic]) {
        let document = document()
        // The six outputs are independent: half on each core.
        let ((docx, markdown, submission), (html, json, csv)) = Parallel.both(
            {
                (
                    DocxWriter().write(document), MarkdownRenderer().render(document),
                    submissionText(file: names.submission)
                )
            },
            { (HTMLRenderer().render(document), SummaryJSON.encode(summary), respondentsCSV()) })
        var set = OutputSet()
        set.add(names.stem + ".docx", docx)
        set.add(names.stem + ".html", text: html)
        set.add(names.stem + ".md", text: markdown)
        set.add(names.submission, text: submission.text)
        set.add(names.extras + "summary.json", text: json)
        set.add(names.extras + "respondents.csv", csv)
        return (set, submission.warnings)
    }

    /// One row per counted respondent, with formula-looking cells neutralised; UTF-8 with a byte-order
    /// mark so that Excel reads names with accents correctly.
    public func respondentsCSV() -> [UInt8] {
        let table = respondentTable(forCSV: true)
        var writer = CSVWriter(header: table.header)
        for row in table.rows { writer.append(row) }
        return Array(writer.data)
    }

    /// Warnings where the editorial answer no longer matches what the responses say.
    public func editorialWarnings() -> [Diagnostic] {
        guard let editorial else { return [] }
        var warnings: [Diagnostic] = []
        for question in questionnaire.scaledQuestions {
            guard let section = editorial.sections[question.id], let chosen = section.answer,
                let figures = questionSummary(question.id)
            else { continue }
            let side = questionnaire.options(for: question).first { $0.id == chosen }?.side
            if side != figures.position {
                let now = figures.strength == .divided ? "are divided" : "lean to '\(figures.position)'"
                warnings.append(
                    .warning(
                        "\(question.id): the editorial answer is '\(chosen)', but the responses now \(now); check that the editorial text still stands",
                        file: editorial.source, line: section.line))
            }
        }
        return warnings
    }
}

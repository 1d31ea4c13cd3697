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
        // The six outputs are independent: half on each core. Writing respondents.csv costs more than the
        // rest together, so it is written in two parts, the larger with the quicker outputs.
        let rows = respondentRows()
        let split = rows.count * 11 / 20
        let ((docx, markdown, submission, csvStart), (html, json, csvEnd)) = Parallel.both(
            {
                (
                    DocxWriter().write(document), MarkdownRenderer().render(document),
                    submissionText(file: names.submission), respondentsCSV(rows[..<split], withHeader: true)
                )
            },
            {
                (
                    HTMLRenderer().render(document), SummaryJSON.encode(summary),
                    respondentsCSV(rows[split...], withHeader: false)
                )
            })
        var csv = csvStart
        csv += csvEnd
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
        respondentsCSV(respondentRows()[...], withHeader: true)
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

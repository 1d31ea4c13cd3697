import Foundation

/// `consult summary`: prints where respondents stand on each question.
struct SummaryCommand: Command {
    static let name = "summary"
    static let abstract = "show positions, the option preference and concerns at a glance"
    static var spec: Arguments.Spec { Arguments.Spec(options: workspaceOptions + ["format", "type", "place"]) }
    static var help: String {
        """
        Usage: consult summary [--format text|json] [--type TYPE] [--place PLACE] [options]

        Prints, for each question, the answers with bars, the position and its strength; the option
        preference; the same split by stakeholder type and by place; and the concerns raised, most
        raised first, with the organisations that raised them. Problems found while reading go to
        standard error, and the exit code is 1 if any is an error.

        Options:
          --format text|json     text for people (default), JSON for other tools
          --type TYPE            only respondents of this stakeholder type (id, label or synonym)
          --place PLACE          only respondents from this place
        \(workspaceHelp)

        """
    }

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        let format = try arguments.choice("format", in: ["text", "json"], default: "text")
        let intake = workspace(arguments, console).load(progress: ProgressLine.reporter(for: console))
        guard let questionnaire = intake.questionnaire else {
            report(intake.diagnostics, to: console)
            return 1
        }
        let selection = try selection(arguments, questionnaire: questionnaire)
        let analysis = Analysis(questionnaire: questionnaire, intake: intake, selection: selection, forDocuments: false)
        report(analysis.summary.problems, to: console)
        if format == "json" {
            console.out(SummaryJSON.encode(analysis.summary))
        } else {
            console.out(SummaryText.render(analysis))
        }
        let code: Int32 = analysis.summary.problems.hasErrors ? 1 : 0
        Release.inBackground((intake, analysis))
        return code
    }
}

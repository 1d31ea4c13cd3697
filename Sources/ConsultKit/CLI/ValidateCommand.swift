import Foundation

/// `consult validate`: checks every questionnaire and response and lists each problem.
struct ValidateCommand: Command {
    static let name = "validate"
    static let abstract = "check the questionnaire and every response; list each problem"
    static var spec: Arguments.Spec { Arguments.Spec(options: workspaceOptions) }
    static var help: String {
        """
        Usage: consult validate [options]

        Checks the questionnaire and every response file and survey export, and prints each problem as
        FILE:LINE: error|warning: message. Late and superseded responses are warnings. Exits 1 if any
        error was found; files without problems are still read.

        Options:
        \(workspaceHelp)

        """
    }

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        let workspace = workspace(arguments, console)
        let intake = workspace.load(progress: ProgressLine.reporter(for: console))
        var diagnostics = intake.diagnostics
        var campaigns: [(campaign: CampaignSummary, firstLocation: String)] = []
        if let questionnaire = intake.questionnaire {
            let findings = Analysis.findings(for: intake, questionnaire: questionnaire)
            diagnostics += findings.warnings
            campaigns = findings.campaigns
            // The register is optional here; when there is one, its rows are checked too.
            if FileManager.default.fileExists(atPath: workspace.registerPath) {
                let (register, problems) = workspace.loadRegister(workspace.registerPath, questionnaire: questionnaire)
                diagnostics += problems
                if let register {
                    let list = ChaseList(register: register, intake: intake, questionnaire: questionnaire)
                    diagnostics += list.diagnostics
                }
            }
        }
        report(diagnostics, to: console)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        var text = "Read \(Grammar.count(intake.responseCount, "response")) "
        text += "with \(Grammar.count(errors, "error")) and \(Grammar.count(warnings, "warning")).\n"
        for export in intake.exports {
            text += "\(export.file): \(Grammar.count(export.rowsRead, "row")) read (\(export.encoding)), "
            text += "\(Grammar.count(export.responses, "response")), "
            text += "\(Grammar.count(export.rejectedCells, "rejected cell")).\n"
        }
        for (campaign, first) in campaigns {
            text +=
                "Campaign: \(Grammar.count(campaign.size, "response")) use near-identical wording, the first at \(first)"
            text += campaign.text.isEmpty ? ".\n" : ": \"\(campaign.opening(limit: 100))\"\n"
        }
        console.out(text)
        return diagnostics.hasErrors ? 1 : 0
    }
}

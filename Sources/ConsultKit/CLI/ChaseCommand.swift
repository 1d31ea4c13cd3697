/// `consult chase`: lists each expected stakeholder as responded, late, superseded or missing.
struct ChaseCommand: Command {
    static let name = "chase"
    static let abstract = "list expected stakeholders who have not responded"
    static var spec: Arguments.Spec { Arguments.Spec(options: workspaceOptions + ["format", "register"]) }
    static var help: String {
        """
        Usage: consult chase [--format text|csv] [--register FILE] [options]

        Compares the stakeholder register (Responses/_register.csv: respondent,type,place,contact) with the
        responses and lists each expected stakeholder as missing, late, superseded (responded more than
        once; the latest counts) or responded. Organisations are matched by name, ignoring case, spacing
        and a leading or trailing "the".

        Options:
          --format text|csv      a list grouped by status (default), or CSV for a mail merge
          --register FILE        the register (default: Responses/_register.csv)
        \(workspaceHelp)

        """
    }

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        let format = try arguments.choice("format", in: ["text", "csv"], default: "text")
        let workspace = workspace(arguments, console)
        let intake = workspace.load(progress: ProgressLine.reporter(for: console))
        guard let questionnaire = intake.questionnaire else {
            report(intake.diagnostics, to: console)
            return 1
        }
        let path = arguments.value("register") ?? workspace.registerPath
        let (register, problems) = workspace.loadRegister(path, questionnaire: questionnaire)
        guard let register else {
            report(problems, to: console)
            return 1
        }
        let list = ChaseList(register: register, intake: intake, questionnaire: questionnaire)
        report(problems + list.diagnostics, to: console)
        if format == "csv" {
            console.out(ChaseReport.csv(list, questionnaire: questionnaire))
        } else {
            console.out(ChaseReport.text(list, questionnaire: questionnaire, register: register.source))
        }
        return 0
    }
}

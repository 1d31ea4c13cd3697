/// The `consult` command line: finds the command, parses its arguments and runs it.
///
/// Exit codes: 0 when all is well, 1 when the input has problems, 2 when the command was called wrongly.
public enum CLI {
    /// The tool's version.
    public static let version = "0.1.0"

    static let commands: [CommandEntry] = [
        CommandEntry(InitCommand.self), CommandEntry(ValidateCommand.self), CommandEntry(SummaryCommand.self),
        CommandEntry(ComposeCommand.self), CommandEntry(DraftCommand.self), CommandEntry(ChaseCommand.self),
        CommandEntry(CodeCommand.self),
    ]

    /// Runs the command line (without the program name) and returns the exit code.
    public static func run(_ arguments: [String], console: Console) -> Int32 {
        guard let first = arguments.first else {
            console.out(help)
            return 0
        }
        switch first {
        case "--help", "-h", "help":
            if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                console.out(command.help)
            } else {
                console.out(help)
            }
            return 0
        case "--version", "-V", "version":
            console.out("consult \(version)\n")
            return 0
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            let hint = Suggestion.hint(for: first, among: commands.map(\.name))
            console.err("error: unknown command '\(first)'.\(hint)\nRun 'consult --help' to see the commands.\n")
            return 2
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.out(command.help)
            return 0
        }
        do {
            let parsed = try Arguments(parsing: rest, spec: command.spec)
            return try command.run(parsed, console)
        } catch let error as UsageError {
            console.err("error: \(error.message)\nRun 'consult \(command.name) --help' for how to use it.\n")
            return 2
        } catch {
            console.err("error: \(error)\n")
            return 1
        }
    }

    /// The overview shown by `consult --help`.
    static var help: String {
        var text = """
            consult: turn stakeholder feedback on a consultation into a consolidated, evidence-backed response.

            Usage: consult <command> [options]

            Commands:

            """
        for command in commands {
            text += "  " + command.name.padding(toLength: 10, withPad: " ", startingAt: 0) + command.abstract + "\n"
        }
        text += """

            Every command reads Questionnaires/ and Responses/ in the current folder unless told otherwise
            (--questionnaires DIR, --responses DIR, --questionnaire ID when the folder holds several).
            Run 'consult <command> --help' for a command's options. 'consult --version' prints the version.
            Exit codes: 0 all well, 1 problems in the input, 2 the command was called wrongly.

            """
        return text
    }
}

/// A command's description and entry point, so the list of commands needs no existential types.
struct CommandEntry: Sendable {
    let name: String
    let abstract: String
    let help: String
    let spec: Arguments.Spec
    let run: @Sendable (Arguments, Console) throws -> Int32

    init<C: Command>(_ command: C.Type) {
        name = C.name
        abstract = C.abstract
        help = C.help
        spec = C.spec
        run = { arguments, console in try C.run(arguments, console: console) }
    }
}

/// One `consult` subcommand.
protocol Command: Sendable {
    /// The word that selects the command.
    static var name: String { get }
    /// A one-line description for the overview.
    static var abstract: String { get }
    /// The full help text.
    static var help: String { get }
    /// The options the command accepts.
    static var spec: Arguments.Spec { get }
    /// Runs the command and returns the exit code.
    static func run(_ arguments: Arguments, console: Console) throws -> Int32
}

extension Command {
    /// The options every command that reads the workspace accepts.
    static var workspaceOptions: [String] { ["questionnaires", "responses", "questionnaire"] }

    /// The help lines for the workspace options.
    static var workspaceHelp: String {
        """
          --questionnaires DIR   the folder of questionnaire files (default: Questionnaires)
          --responses DIR        the folder of response files (default: Responses)
          --questionnaire ID     which questionnaire, when the folder holds more than one
        """
    }

    /// The workspace named by the common options, resolved against the console's folder.
    static func workspace(_ arguments: Arguments, _ console: Console) -> Workspace {
        Workspace(
            questionnaires: arguments.value("questionnaires") ?? "Questionnaires",
            responses: arguments.value("responses") ?? "Responses",
            questionnaireID: arguments.value("questionnaire"), base: console.directory)
    }

    /// Prints diagnostics to standard error, one per line.
    static func report(_ diagnostics: [Diagnostic], to console: Console) {
        guard !diagnostics.isEmpty else { return }
        console.err(diagnostics.sortedForReport().map(\.formatted).joined(separator: "\n") + "\n")
    }

    /// The `--type` and `--place` options resolved against the questionnaire.
    static func selection(_ arguments: Arguments, questionnaire: Questionnaire) throws(UsageError) -> Summary.Selection
    {
        let vocabulary = Vocabulary(questionnaire: questionnaire)
        var selection = Summary.Selection()
        if let raw = arguments.value("type") {
            switch vocabulary.stakeholderType(raw) {
            case .success(let type): selection.type = type.id
            case .failure(let problem): throw UsageError("--type: " + problem.message)
            }
        }
        if let raw = arguments.value("place") {
            switch vocabulary.place(raw) {
            case .success(let place): selection.place = place.id
            case .failure(let problem): throw UsageError("--place: " + problem.message)
            }
        }
        return selection
    }
}

/// `consult code`: turn letters and e-mails into response files with inferred answers.
struct CodeCommand: Command {
    static let name = "code"
    static let abstract = "turn letters and e-mails into response files with inferred answers"
    static var spec: Arguments.Spec { Arguments.Spec(options: workspaceOptions) }
    static var help: String { "Usage: consult code\n\nNot available yet.\n" }

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        console.err("consult code is not available yet.\n")
        return 2
    }
}

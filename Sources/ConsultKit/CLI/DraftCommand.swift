/// `consult draft`: render one organisation's response as a submission letter.
struct DraftCommand: Command {
    static let name = "draft"
    static let abstract = "render one organisation's response as a submission letter"
    static var spec: Arguments.Spec { Arguments.Spec(options: workspaceOptions) }
    static var help: String { "Usage: consult draft\n\nNot available yet.\n" }

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        console.err("consult draft is not available yet.\n")
        return 2
    }
}

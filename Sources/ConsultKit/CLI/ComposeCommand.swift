/// `consult compose`: write the consolidated response (Word, web page, Markdown, form text, CSV, JSON).
struct ComposeCommand: Command {
    static let name = "compose"
    static let abstract = "write the consolidated response (Word, web page, Markdown, form text, CSV, JSON)"
    static var spec: Arguments.Spec { Arguments.Spec(options: workspaceOptions) }
    static var help: String { "Usage: consult compose\n\nNot available yet.\n" }

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        console.err("consult compose is not available yet.\n")
        return 2
    }
}

/// `consult chase`: list expected stakeholders who have not responded.
struct ChaseCommand: Command {
    static let name = "chase"
    static let abstract = "list expected stakeholders who have not responded"
    static var spec: Arguments.Spec { Arguments.Spec(options: workspaceOptions) }
    static var help: String { "Usage: consult chase\n\nNot available yet.\n" }

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        console.err("consult chase is not available yet.\n")
        return 2
    }
}

/// `consult init`: writes a ready-to-fill response file for one respondent.
struct InitCommand: Command {
    static let name = "init"
    static let abstract = "write a ready-to-fill response file for a respondent"
    static var spec: Arguments.Spec { Arguments.Spec(options: workspaceOptions + ["respondent", "type", "place"]) }
    static var help: String {
        """
        Usage: consult init --respondent NAME --type TYPE [--place PLACE] [options]

        Writes Responses/<name>.md with every question of the questionnaire, its text as a comment
        and the allowed answers, ready to fill in. It never overwrites an existing file.

        Options:
          --respondent NAME      the organisation (or person) responding
          --type TYPE            the stakeholder type (id, label or synonym, e.g. council)
          --place PLACE          the place the respondent belongs to
        \(workspaceHelp)

        """
    }

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        let respondent = try arguments.required("respondent")
        let typeName = try arguments.required("type")
        let workspace = workspace(arguments, console)
        let (loaded, problems) = workspace.loadQuestionnaire()
        guard let questionnaire = loaded else {
            report(problems, to: console)
            return 1
        }
        let selection = try selection(arguments, questionnaire: questionnaire)
        let vocabulary = Vocabulary(questionnaire: questionnaire)
        guard case .success(let type) = vocabulary.stakeholderType(typeName) else {
            throw UsageError(
                "--type: unknown stakeholder type '\(typeName)'; expected one of \(Vocabulary.list(questionnaire.stakeholderTypes.map(\.id)))"
            )
        }
        _ = selection
        var place: String?
        if let raw = arguments.value("place"), case .success(let found) = vocabulary.place(raw) { place = found.id }
        let response = Response(source: "", respondent: respondent, type: type.id, place: place)
        let text = ResponseWriter.markdown(response, questionnaire: questionnaire)
        let path = workspace.responses + "/" + ResponseWriter.slug(respondent) + ".md"
        do {
            try FileWriter.makeDirectory(workspace.resolve(workspace.responses))
            try FileWriter.create(workspace.resolve(path), with: Array(text.utf8))
        } catch {
            console.err("\(path): error: \(error.reason)\n")
            return 1
        }
        console.out("Wrote \(path). Fill in each answer, then run 'consult validate'.\n")
        return 0
    }
}

/// `consult draft`: renders one organisation's response as a submission letter.
struct DraftCommand: Command {
    static let name = "draft"
    static let abstract = "render one organisation's response as a submission letter"
    static var spec: Arguments.Spec { Arguments.Spec(options: workspaceOptions + ["respondent", "out"]) }
    static var help: String {
        """
        Usage: consult draft --respondent NAME [--out DIR] [options]

        Renders one organisation's response (its latest, if it responded more than once) as a letter
        ready to send: <name>-response.docx, .md and .txt in Output/ (or DIR). Contact details are left out.

        Options:
          --respondent NAME      the organisation, as named in its response file (case and spacing ignored)
          --out DIR              where to write (default: Output)
        \(workspaceHelp)

        """
    }

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        let wanted = try arguments.required("respondent")
        let workspace = workspace(arguments, console)
        let out = arguments.value("out") ?? "Output"
        if ComposeCommand.isInside(workspace.resolve(out), workspace.resolve(workspace.responses)) {
            throw UsageError("--out '\(out)' is inside the responses folder; draft never writes there")
        }
        let intake = workspace.load()
        guard let questionnaire = intake.questionnaire else {
            report(intake.diagnostics, to: console)
            return 1
        }
        let (counted, _) = Supersession.resolve(intake.responses)
        guard let response = counted.first(where: { $0.respondent.matchKey == wanted.matchKey && !$0.isPublic }) else {
            report(intake.diagnostics.filter { $0.severity == .error }, to: console)
            let names = Array(Set(counted.filter { !$0.isPublic }.map(\.respondent))).sorted()
            var hint = Suggestion.hint(for: wanted, among: names)
            let organisations = counted.filter { !$0.isPublic }.map {
                ($0.respondent, questionnaire.stakeholderType(id: $0.type))
            }
            if hint.isEmpty, let near = Self.sharingAWord(with: wanted, among: organisations) {
                hint = " Did you mean '\(near)'?"
            }
            if hint.isEmpty, !names.isEmpty {
                hint = " The organisations that responded are \(Vocabulary.list(names))."
            }
            console.err("error: no organisation called '\(wanted)' has responded.\(hint)\n")
            return 1
        }
        let document = LetterComposer(questionnaire: questionnaire, response: response).document()
        let stem = ResponseWriter.slug(response.respondent) + "-response"
        var outputs = OutputSet()
        outputs.add(stem + ".docx", DocxWriter().write(document))
        outputs.add(stem + ".md", text: MarkdownRenderer().render(document))
        outputs.add(stem + ".txt", text: PlainTextRenderer().render(document))
        do {
            let written = try outputs.write(into: out, resolve: workspace.resolve)
            console.out(written.map { "Wrote \($0)" }.joined(separator: "\n") + "\n")
        } catch {
            console.err("\(error.path): error: could not write the letter (\(error.reason))\n")
            return 1
        }
        return 0
    }

    /// The organisation that shares most distinctive words with `text`, allowing one typo per word
    /// ("Hackny" → "Hackney"); a word naming the type ("council") breaks ties.
    static func sharingAWord(with text: String, among organisations: [(String, StakeholderType?)]) -> String? {
        let common: Set<String> = [
            "council", "borough", "london", "trust", "health", "care", "the", "of", "and", "nhs",
        ]
        let query = text.matchKey.split(separator: " ").map(String.init)
        let words = query.filter { $0.count >= 4 && !common.contains($0) }
        var best: (name: String, score: Int)?
        for (name, type) in organisations.sorted(by: { $0.0 < $1.0 }) {
            let candidates = name.matchKey.split(separator: " ").map(String.init)
            var score =
                2
                * words.filter { word in
                    candidates.contains { Suggestion.editDistance(Array(word), Array($0)) <= 1 }
                }.count
            guard score > 0 else { continue }
            let typeWords = ([type?.label ?? ""] + (type?.synonyms ?? [])).map(\.matchKey)
            if query.contains(where: { typeWords.contains($0) }) { score += 1 }
            if score > (best?.score ?? 0) { best = (name, score) }
        }
        return best?.name
    }
}

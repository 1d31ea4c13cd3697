import Foundation

/// `consult compose`: writes the consolidated response in every format.
struct ComposeCommand: Command {
    static let name = "compose"
    static let abstract = "write the consolidated response (Word, web page, Markdown, form text, CSV, JSON)"
    static var spec: Arguments.Spec {
        Arguments.Spec(options: workspaceOptions + ["place", "type", "out", "editorial"])
    }
    static var help: String {
        """
        Usage: consult compose [--place PLACE] [--type TYPE] [--out DIR] [--editorial FILE] [options]

        Writes the consolidated response into Output/ (or DIR):
          system-response.docx   Word document for editing and sign-off
          system-response.html   a self-contained web page (prints cleanly to PDF)
          system-response.md     the same content in Markdown
          submission.txt         the text to paste into the online form, cut to each question's limit
          summary.json           the figures, as 'consult summary --format json'
          respondents.csv        one row per counted respondent
        With --place or --type the document covers only those respondents, is titled for them, and the
        files are named after the selection (for example city-and-hackney-response.docx).

        The programme office's own words win: Responses/_editorial.md (or --editorial FILE) may set the
        answer to a question ('answer:') and replace drafted text ('## summary', '## q1', ...). Drafted
        passages are marked as drafted. Nothing is ever written inside the responses folder.

        Options:
          --place PLACE          only respondents from this place (a borough response)
          --type TYPE            only respondents of this stakeholder type
          --out DIR              where to write (default: Output)
          --editorial FILE       editorial text (default: Responses/_editorial.md when it exists)
        \(workspaceHelp)

        """
    }

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        let workspace = workspace(arguments, console)
        let out = arguments.value("out") ?? "Output"
        if Self.isInside(workspace.resolve(out), workspace.resolve(workspace.responses)) {
            throw UsageError("--out '\(out)' is inside the responses folder; compose never writes there")
        }
        let intake = workspace.load(progress: ProgressLine.reporter(for: console))
        guard let questionnaire = intake.questionnaire else {
            report(intake.diagnostics, to: console)
            return 1
        }
        let selection = try selection(arguments, questionnaire: questionnaire)
        let composition = Composition.make(
            workspace: workspace, intake: intake, questionnaire: questionnaire, selection: selection,
            editorialPath: arguments.value("editorial"))
        report(composition.diagnostics, to: console)
        let written: [String]
        do {
            written = try composition.outputs.write(into: out, resolve: workspace.resolve)
        } catch {
            console.err(
                "\(error.path): error: could not write the output (\(error.reason)); earlier outputs are unchanged\n")
            return 1
        }
        console.out(written.map { "Wrote \($0)" }.joined(separator: "\n") + "\n")
        let code: Int32 = composition.diagnostics.hasErrors ? 1 : 0
        Release.inBackground((intake, composition))
        return code
    }

    /// Whether `path` is the folder `folder` or inside it.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        let a = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let b = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        return a == b || a.hasPrefix(b + "/")
    }
}

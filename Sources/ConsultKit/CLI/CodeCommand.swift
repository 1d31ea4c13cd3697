import Foundation

/// `consult code`: turns letters and e-mails into response files with inferred answers.
struct CodeCommand: Command {
    static let name = "code"
    static let abstract = "turn letters and e-mails into response files with inferred answers"
    static var spec: Arguments.Spec {
        Arguments.Spec(
            options: workspaceOptions + ["respondent", "type", "place", "into"], flags: ["dry-run"], takesOperands: true
        )
    }
    static var help: String {
        """
        Usage: consult code FILE... [--respondent NAME] [--type TYPE] [--place PLACE] [--into DIR] [--dry-run]

        Reads each letter (.txt, .md, .eml, .docx, or .pdf when 'pdftotext' is installed) and writes one
        response file per letter into Responses/ (or DIR). Each paragraph goes under the question it answers;
        the rest goes under 'comments'. Answers the letter gives are filled in and marked 'inferred: yes',
        with a confidence and the sentences they rest on; where the letter does not say, the answer is left
        empty. The respondent, type, place and date are guessed from the letter unless given, and the file
        says which were guessed. Existing files are never overwritten: a second letter from the same
        respondent becomes NAME-2.md.

        Check each file, then delete the 'inferred:' line of every answer you confirm; 'consult validate'
        warns about those still to check.

        Options:
          --respondent NAME      the organisation (or person) that wrote, instead of a guess
          --type TYPE            the stakeholder type (id, label or synonym), instead of a guess
          --place PLACE          the place the respondent belongs to
          --into DIR             where to write (default: the responses folder)
          --dry-run              print the response files instead of writing them
        \(workspaceHelp)

        """
    }

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        guard !arguments.operands.isEmpty else {
            throw UsageError("give the letters to code, e.g. 'consult code letter.docx'")
        }
        let workspace = workspace(arguments, console)
        let (loaded, problems) = workspace.loadQuestionnaire()
        guard let questionnaire = loaded else {
            report(problems, to: console)
            return 1
        }
        let selection = try selection(arguments, questionnaire: questionnaire)
        let known = LetterCoder.Known(
            respondent: arguments.value("respondent"), type: selection.type, place: selection.place)
        let coder = LetterCoder(questionnaire: questionnaire)
        let folder = arguments.value("into") ?? workspace.responses
        let dryRun = arguments.flags.contains("dry-run")
        var failures = 0
        var planned: Set<String> = []
        for path in arguments.operands {
            let letter: LetterText
            do {
                letter = try read(path, resolved: workspace.resolve(path))
            } catch {
                console.err("\(path): error: \(error.message)\n")
                failures += 1
                continue
            }
            if letter.encoding == .windows1252 {
                let warning = Diagnostic.warning(
                    "the file is not valid UTF-8, so it was read as Windows-1252", file: path,
                    note:
                        "If accented letters or symbols such as £ or ’ look wrong, save the letter as UTF-8 and run again."
                )
                console.err(warning.formatted + "\n")
            }
            let coded = coder.code(letter, known: known)
            let target = freePath(in: folder, for: coded.fileName, avoiding: planned, resolve: workspace.resolve)
            planned.insert(target)
            if dryRun {
                console.out("--- \(path) would be written to \(target)\n\(coded.markdown)\n")
                continue
            }
            do {
                try FileWriter.makeDirectory(workspace.resolve(folder))
                try FileWriter.create(workspace.resolve(target), with: Array(coded.markdown.utf8))
            } catch {
                console.err("\(target): error: \(error.reason)\n")
                failures += 1
                continue
            }
            console.out("Wrote \(target) from \(path): \(describe(coded))\n")
        }
        if !dryRun, failures < arguments.operands.count {
            console.out(
                "Check each file: confirm or correct the guessed fields and inferred answers, then delete the 'inferred:' lines.\n"
            )
        }
        return failures > 0 ? 1 : 0
    }

    /// The letter at `path` (opened at `resolved`), in whichever format it is.
    static func read(_ path: String, resolved: String) throws(LetterReadError) -> LetterText {
        guard let format = LetterText.Format(fileName: path) else {
            throw LetterReadError(source: path, reason: .unsupportedFormat((path as NSString).pathExtension))
        }
        if format == .pdf {
            guard FileManager.default.isReadableFile(atPath: resolved) else {
                throw LetterReadError(
                    source: path, reason: .damaged("cannot read the file: it does not exist or is not readable"))
            }
            return try PDFTextExtractor.letter(at: resolved, source: path)
        }
        guard let data = FileManager.default.contents(atPath: resolved) else {
            throw LetterReadError(
                source: path, reason: .damaged("cannot read the file: it does not exist or is not readable"))
        }
        return try LetterText.read([UInt8](data), source: path)
    }

    /// `folder/name`, or `name-2`, `name-3`… when that file exists or this run already uses it.
    static func freePath(
        in folder: String, for name: String, avoiding planned: Set<String>, resolve: (String) -> String = { $0 }
    ) -> String {
        let stem = (name as NSString).deletingPathExtension
        var number = 1
        while true {
            let candidate = folder + "/" + (number == 1 ? name : "\(stem)-\(number).md")
            if !FileManager.default.fileExists(atPath: resolve(candidate)), !planned.contains(candidate) {
                return candidate
            }
            number += 1
        }
    }

    /// "Kestlow Council (local-authority; guessed respondent, type), q1 agree (high), option option-1 (medium)".
    static func describe(_ coded: CodedLetter) -> String {
        let response = coded.response
        var text = "'\(response.respondent)' (\(response.type)"
        if !coded.guessed.isEmpty { text += "; guessed \(coded.guessed.joined(separator: ", "))" }
        text += ")"
        let inferred = coded.questionnaire.questions.compactMap { question -> String? in
            guard let answer = response.answers[question.id], answer.inferred, let choice = answer.choice else {
                return nil
            }
            let conditions = answer.conditional ? ", with conditions" : ""
            return "\(question.id) \(choice) (\(answer.confidence?.rawValue ?? "?")\(conditions))"
        }
        text += inferred.isEmpty ? "; no answers inferred" : "; " + inferred.joined(separator: ", ")
        return text
    }
}

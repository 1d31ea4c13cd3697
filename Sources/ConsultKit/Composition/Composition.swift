import Foundation

/// Everything `consult compose` produces for one selection: the files and the problems found.
public struct Composition: Sendable {
    /// The files to write.
    public var outputs: OutputSet
    /// Problems found while reading and composing (input problems, editorial warnings, form cuts).
    public var diagnostics: [Diagnostic]

    /// Reads the editorial text and register, analyses the responses and builds every output.
    public static func make(
        workspace: Workspace, intake: Intake, questionnaire: Questionnaire, selection: Summary.Selection,
        editorialPath: String?
    ) -> Composition {
        let analysis = Analysis(questionnaire: questionnaire, intake: intake, selection: selection)
        // The reading problems and the late, superseded and inferred warnings, as the analysis found them.
        var diagnostics = analysis.summary.problems
        var editorial: Editorial?
        let defaultEditorial = workspace.responses + "/_editorial.md"
        let path =
            editorialPath
            ?? (FileManager.default.fileExists(atPath: workspace.resolve(defaultEditorial)) ? defaultEditorial : nil)
        if let path {
            if let data = FileManager.default.contents(atPath: workspace.resolve(path)),
                let text = String(data: data, encoding: .utf8)
            {
                let (read, problems) = Editorial.read(text, source: path, questionnaire: questionnaire)
                editorial = read
                diagnostics += problems
            } else {
                diagnostics.append(
                    .error("could not read the editorial file (it must exist and be UTF-8 text)", file: path))
            }
        }
        // The partners the register expects and who have not responded are named in the document.
        var missing: [String] = []
        if FileManager.default.fileExists(atPath: workspace.registerPath) {
            let (register, problems) = workspace.loadRegister(workspace.registerPath, questionnaire: questionnaire)
            diagnostics += problems
            if let register {
                let list = ChaseList(register: register, intake: intake, questionnaire: questionnaire)
                diagnostics += list.diagnostics
                missing = list.missingOrganisations.filter { item in
                    (selection.type == nil || item.entry.type == selection.type)
                        && (selection.place == nil || item.entry.place == selection.place)
                }.map(\.entry.respondent)
            }
        }
        let composer = Composer(analysis: analysis, editorial: editorial, missing: missing)
        diagnostics += composer.editorialWarnings()
        let (outputs, warnings) = composer.outputs(prefix: prefix(for: selection, questionnaire))
        Release.inBackground(composer)
        return Composition(outputs: outputs, diagnostics: diagnostics + warnings)
    }

    /// File names for a selection: `system-response.*` for everyone, `<place>-response.*` for a place.
    public static func fileNames(for selection: Summary.Selection, _ questionnaire: Questionnaire)
        -> Composer.FileNames
    {
        prefix(for: selection, questionnaire)
    }

    static func prefix(for selection: Summary.Selection, _ questionnaire: Questionnaire) -> Composer.FileNames {
        var parts: [String] = []
        if let place = selection.place {
            parts.append(ResponseWriter.slug(questionnaire.place(id: place)?.label ?? place))
        }
        if let type = selection.type {
            parts.append(ResponseWriter.slug(questionnaire.stakeholderType(id: type)?.label ?? type))
        }
        guard !parts.isEmpty else { return Composer.FileNames(stem: "system-response", extras: "") }
        let stem = parts.joined(separator: "-")
        return Composer.FileNames(stem: stem + "-response", extras: stem + "-")
    }
}

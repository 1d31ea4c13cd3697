import Foundation

extension SurveyExportLoader {
    /// Reads chosen rows of an export again, whole, exactly as ``load(_:source:mapping:mappingName:into:progress:)``
    /// builds them: members of the public are folded as they are read and only their figures are kept, so
    /// when a document needs one of them whole after all (to quote a campaign's wording), it is read again.
    ///
    /// Reading starts from the checkpoint nearest before each row wanted (taken on the first reading),
    /// so only a few rows are parsed for each; problems were reported on the first reading and are not
    /// reported again. With `validUTF8` (the first reading found the file valid UTF-8), it is not
    /// checked again.
    ///
    /// - Returns: The responses built from the rows wanted, by row number; a row that no longer builds
    ///   (because the file changed since) is missing.
    func responses(
        atRows wanted: Set<Int>, in data: Data, source: String, mapping: (data: Data, source: String)?,
        mappingName: String, checkpoints: [CSVReader.Checkpoint] = [], validUTF8: Bool = false
    ) -> [Int: Response] {
        guard let last = wanted.max(), var reader = try? CSVReader(data: data, source: source, validUTF8: validUTF8)
        else { return [:] }
        var ignored: [Diagnostic] = []
        guard
            let columns = columns(
                header: reader.header, source: source, mapping: mapping, mappingName: mappingName,
                diagnostics: &ignored)
        else { return [:] }
        let batch = Batch(
            questionnaire: questionnaire, columns: columns, header: reader.header, source: source, folds: false)
        var found: [Int: Response] = [:]
        for target in wanted.sorted() where found[target] == nil {
            // Jump ahead to the last checkpoint before the row, unless the reader is already past it.
            if let checkpoint = checkpoints.last(where: { $0.rowNumber <= target }),
                checkpoint.rowNumber > reader.checkpoint.rowNumber
            {
                reader.resume(from: checkpoint)
            }
            while let row = reader.next(), row.number <= last {
                if wanted.contains(row.number), let response = batch.process([row], into: nil).whole.first {
                    found[row.number] = response
                }
                if row.number >= target { break }
            }
        }
        return found
    }
}

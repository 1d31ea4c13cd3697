import Foundation

/// Reads a survey export (CSV) one row at a time: each row is one response, built by the same
/// ``ResponseBuilder`` as a response file, so every rule of response files applies to it.
///
/// Problems are reported as `FILE:ROW`, naming the column; a row's other cells still count, and an answer
/// that is not recognised is counted as `unrecognised`, so no row is dropped silently.
struct SurveyExportLoader: Sendable {
    let questionnaire: Questionnaire
    /// How often, in rows, progress is reported.
    static let progressInterval = 2048

    /// Reads `data` (the export) with its optional mapping file into `intake`.
    func load(
        _ data: Data, source: String, mapping: (data: Data, source: String)?, mappingName: String,
        into intake: inout Intake, progress: ((ReadProgress) -> Void)? = nil
    ) {
        var reader: CSVReader
        do {
            reader = try CSVReader(data: data, source: source)
        } catch {
            intake.diagnostics.append(error.diagnostic)
            return
        }
        guard
            let columns = columns(
                header: reader.header, source: source, mapping: mapping, mappingName: mappingName,
                diagnostics: &intake.diagnostics)
        else { return }
        var report = ExportReport(file: source, encoding: reader.encoding.description)
        // Rows are found here, in batches, and each batch is parsed, built and folded on one of two worker
        // queues into its own result; the results are taken in file order, so the outcome is as if read one
        // row at a time. Each worker has its own copy of everything it reads, so the cores share no counters.
        // The strings of a row's cells are made, used and freed by one worker, row by row: made here and
        // freed there a batch later, they cost more to free than to make.
        let workers = (0..<Self.workerCount).map { _ in
            Batch(
                questionnaire: questionnaire, columns: columns, header: reader.header, source: source,
                folds: intake.foldsMembersOfThePublic, direct: intake.buildsExportRowsDirectly)
        }
        let queues = (0..<Self.workerCount).map { DispatchQueue(label: "consult.export.worker.\($0)") }
        let results = BatchResults()
        // One batch in flight per worker, each given to whichever worker is free: handing them out in turn
        // left a worker idle whenever the other one's batch took longer.
        let idle = IdleWorkers(count: Self.workerCount)
        let inFlight = DispatchSemaphore(value: Self.workerCount)
        let group = DispatchGroup()
        // The first record of the batch being found, and how many records it has so far.
        var start = reader.checkpoint
        var rows = 0
        var submitted = 0
        var merged = 0
        func take(_ result: Batch.Result) {
            intake.diagnostics += result.diagnostics
            report.responses += result.responses
            report.rejectedCells += result.rejectedCells
            intake.responses += result.whole
            if let crowd = result.crowd, crowd.count > 0 {
                if intake.crowd == nil {
                    intake.crowd = crowd.emptyCopy()
                    // Room for as many rows as the file seems to hold, so what is kept per row never grows
                    // by copying (a copy briefly needs twice the memory).
                    let expected = report.rowsRead * reader.totalBytes / max(1, reader.bytesRead)
                    intake.crowd?.reserveCapacity(rows: expected + expected / 8)
                }
                intake.crowd?.append(crowd)
            }
            merged += 1
        }
        // The samples each worker last started from, reused while they have not changed: after the first
        // few batches they rarely do, and copying them for every batch was a fifth of this thread's work.
        var copies: [(revision: Int, crowd: Crowd)?] = Array(repeating: nil, count: Self.workerCount)
        func placeholders(for slot: Int) -> Crowd? {
            guard let current = intake.crowd else { return nil }
            if let copy = copies[slot], copy.revision == current.samplesRevision { return copy.crowd }
            let copy = current.batchCopy()
            copies[slot] = (current.samplesRevision, copy)
            return copy
        }
        func submit() {
            guard rows > 0 else { return }
            var found = reader
            found.resume(from: start)
            let (index, work, count) = (submitted, found, rows)
            submitted += 1
            rows = 0
            start = reader.checkpoint
            inFlight.wait()
            let slot = idle.take()
            let worker = workers[slot]
            let crowd = intake.foldsMembersOfThePublic ? placeholders(for: slot) : nil
            queues[slot].async(group: group) {
                results.store(worker.process(work.prefix(count), into: crowd, expecting: count), at: index)
                idle.put(slot)
                inFlight.signal()
            }
            while let result = results.take(merged) { take(result) }
        }
        let batchSize = max(1, intake.exportBatchSize)
        // Batches start small and grow: a batch that starts before any sample is known keeps its own first
        // members of every group whole, only for most to be dropped when it is merged, so the first batches
        // cost little and fill the samples the later ones start from. They shrink again towards the end of
        // the file, so that the workers finish together rather than one waiting for the other's last batch.
        let smallest = max(1, batchSize / 16)
        func nextBatchSize() -> Int {
            let growing = smallest << min(submitted / Self.workerCount, 4)
            let remaining = (reader.totalBytes - reader.bytesRead) * report.rowsRead / max(1, reader.bytesRead)
            return min(batchSize, growing, max(remaining / (2 * Self.workerCount), smallest))
        }
        var limit = smallest
        var checkpoints: [CSVReader.Checkpoint] = []
        while true {
            if report.rowsRead % Self.checkpointInterval == 0 { checkpoints.append(reader.checkpoint) }
            guard reader.skip() else { break }
            report.rowsRead += 1
            rows += 1
            if rows == limit {
                submit()
                limit = nextBatchSize()
            }
            if let progress, report.rowsRead % Self.progressInterval == 0 {
                progress(
                    ReadProgress(
                        file: source, rows: report.rowsRead, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes)
                )
            }
        }
        submit()
        group.wait()
        while let result = results.take(merged) { take(result) }
        progress?(
            ReadProgress(
                file: source, rows: report.rowsRead, bytesRead: reader.totalBytes, totalBytes: reader.totalBytes))
        intake.diagnostics += reader.warnings
        intake.exports.append(report)
        intake.exportCheckpoints[source] = checkpoints
        if reader.isValidUTF8 { intake.validUTF8Exports.insert(source) }
    }

    /// How the export's columns map onto the questionnaire: from the mapping file when there is one,
    /// otherwise from headers that name questions and fields. `nil` when the export must be left out.
    func columns(
        header: [String], source: String, mapping: (data: Data, source: String)?, mappingName: String,
        diagnostics: inout [Diagnostic]
    ) -> SurveyColumns? {
        let vocabulary = Vocabulary(questionnaire: questionnaire)
        guard let mapping else {
            let (inferred, columnProblems) = SurveyColumns.inferred(
                header: header, source: source, mappingName: mappingName, vocabulary: vocabulary)
            diagnostics += columnProblems
            return inferred
        }
        let (read, problems) = SurveyMapping.read(mapping.data, source: mapping.source)
        diagnostics += problems
        guard let read else { return nil }
        if let named = read.questionnaire?.trimmingSpaces(), !named.isEmpty, named != questionnaire.id {
            diagnostics.append(
                .warning(
                    "$.questionnaire: this export answers questionnaire '\(named)', not '\(questionnaire.id)'; it is left out of this run",
                    file: mapping.source))
            return nil
        }
        let (mapped, columnProblems) = SurveyColumns.mapped(
            header: header, mapping: read, mappingSource: mapping.source, exportSource: source, vocabulary: vocabulary)
        diagnostics += columnProblems
        return mapped
    }

    /// How often, in rows, the reader's place is noted, so that rows can be read again quickly: a row read
    /// again costs parsing half this many on average (a campaign's quoted wording is read again for each of
    /// a few hundred campaigns), and a note is 24 bytes.
    static let checkpointInterval = 16

    /// The most rows per batch (fewer near the end of a file), and threads building them.
    static let batchSize = 5_000
    static let workerCount = 2
}

extension SurveyExportLoader {
    /// Turns one batch of rows into responses: members of the public folded into a crowd of their own,
    /// everyone else kept whole.
    struct Batch: Sendable {
        let rows: RowReader
        let builder: ResponseBuilder
        let questionnaireID: String
        /// Builds rows straight from their cells, or `nil` to build each through a ``RawResponse``.
        let direct: SurveyRowBuilder?
        /// An empty crowd to fold members of the public into, or `nil` to keep them whole.
        let crowd: Crowd?

        /// A worker with its own copy of the questionnaire, header and file name.
        init(
            questionnaire shared: Questionnaire, columns: SurveyColumns, header: [String], source: String, folds: Bool,
            direct: Bool = true
        ) {
            let questionnaire = shared.deepCopy()
            let source = source.deepCopy()
            let header = header.map { $0.deepCopy() }
            let vocabulary = Vocabulary(questionnaire: questionnaire)
            rows = RowReader(columns: columns, header: header, questionnaire: questionnaire, source: source)
            builder = ResponseBuilder(vocabulary: vocabulary)
            questionnaireID = questionnaire.id
            let crowd = folds ? Crowd(questionnaire: questionnaire) : nil
            self.direct =
                direct
                ? SurveyRowBuilder(
                    columns: columns, header: header, vocabulary: vocabulary, source: source, layout: crowd?.layout)
                : nil
            self.crowd = crowd
        }

        struct Result: Sendable {
            var diagnostics: [Diagnostic] = []
            var whole: [Response] = []
            var crowd: Crowd?
            var responses = 0
            var rejectedCells = 0
        }

        /// Builds each row, folding members of the public into `start` (the samples so far, as placeholders)
        /// or into an empty crowd of this worker's; `expecting` rows, when known, are made room for at once,
        /// so what is kept per row is not copied as it grows.
        func process<Rows: Sequence<CSVRow>>(_ batch: Rows, into start: Crowd?, expecting rows: Int = 0) -> Result {
            var result = Result(crowd: crowd.map { own in start.map { Crowd(sharing: own, samples: $0) } ?? own })
            if rows > 0 { result.crowd?.reserveCapacity(rows: rows) }
            var memory = SurveyRowBuilder.Memory()
            // Members of the public are read straight into the form the crowd folds, reused from row to row.
            var folded = CrowdRow()
            let folds = result.crowd != nil
            for row in batch {
                // Called through the optional, not bound: binding would copy the builder for every row.
                let outcome =
                    (folds
                        ? direct?.build(row, memory: &memory, folding: &folded) : direct?.build(row, memory: &memory))
                    ?? general(row)
                result.diagnostics += outcome.diagnostics
                if outcome.isLeftOut { continue }
                for problem in outcome.diagnostics where problem.severity == .error { result.rejectedCells += 1 }
                if outcome.isFolded {
                    result.responses += 1
                    // The row is still at hand, so the rare member kept whole for quoting is built from it.
                    if result.crowd?.fold(folded) == true, let response = direct?.build(row, memory: &memory).response {
                        result.crowd?.keep(response)
                    }
                    continue
                }
                guard let response = outcome.response else { continue }
                result.responses += 1
                if response.isPublic, result.crowd != nil {
                    result.crowd?.fold(response)
                } else {
                    result.whole.append(response)
                }
            }
            return result
        }

        /// One row built the way every response is: read into a ``RawResponse``, then built by
        /// ``ResponseBuilder``. ``SurveyRowBuilder`` gives the same, faster.
        func general(_ row: CSVRow) -> SurveyRowBuilder.Outcome {
            var (raw, problems) = rows.raw(row)
            if let named = raw.fields["questionnaire"]?.text.trimmingSpaces(), !named.isEmpty, named != questionnaireID
            {
                problems.append(
                    .warning(
                        "column '\(raw.fields["questionnaire"]?.column ?? "questionnaire")': this row answers questionnaire '\(named)', not '\(questionnaireID)'; it is left out of this run",
                        file: rows.source, line: row.number))
                return SurveyRowBuilder.Outcome(diagnostics: problems, isLeftOut: true)
            }
            let (response, built) = builder.build(raw)
            return SurveyRowBuilder.Outcome(response: response, diagnostics: problems + built)
        }
    }

    /// The workers not building a batch, by index; a batch is handed out only when one is free.
    final class IdleWorkers: @unchecked Sendable {
        private let lock = NSLock()
        private var free: [Int]

        init(count: Int) { free = Array((0..<count).reversed()) }

        /// A free worker, taken; the caller has made sure there is one (one batch in flight per worker).
        func take() -> Int {
            lock.withLock { free.removeLast() }
        }

        /// Gives back a worker that has finished its batch.
        func put(_ worker: Int) {
            lock.withLock { free.append(worker) }
        }
    }

    /// Batch results as the threads finish them, handed back in file order.
    final class BatchResults: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Int: Batch.Result] = [:]

        func store(_ result: Batch.Result, at index: Int) {
            lock.withLock { results[index] = result }
        }

        /// The result of batch `index` once it is done, removed from the store.
        func take(_ index: Int) -> Batch.Result? {
            lock.withLock { results.removeValue(forKey: index) }
        }
    }
}

extension SurveyExportLoader {
    /// Turns one CSV record into the raw shape every response takes.
    struct RowReader: Sendable {
        let columns: SurveyColumns
        let header: [String]
        let questionnaire: Questionnaire
        let source: String

        func raw(_ row: CSVRow) -> (RawResponse, [Diagnostic]) {
            var diagnostics: [Diagnostic] = []
            if row.fields.count > header.count {
                diagnostics.append(
                    .error(
                        "this row has \(Grammar.count(row.fields.count, "field")) but the header has \(Grammar.number(header.count)); the extra fields are ignored (is a separator inside an unquoted field?)",
                        file: source, line: row.number))
            } else if row.fields.count < header.count {
                diagnostics.append(
                    .error(
                        "this row has \(Grammar.count(row.fields.count, "field")) but the header has \(Grammar.number(header.count)); the missing fields are read as empty",
                        file: source, line: row.number))
            }
            var raw = RawResponse(source: source, row: row.number, line: row.number)
            raw.fields.reserveCapacity(RawResponse.respondentFields.count)
            var sections = [RawResponse.Section?](repeating: nil, count: questionnaire.questions.count)
            func open(_ position: Int) {
                if sections[position] == nil {
                    sections[position] = RawResponse.Section(
                        question: questionnaire.questions[position].id, line: row.number)
                }
            }
            for (index, role) in columns.roles.enumerated() {
                guard let role, index < row.fields.count else { continue }
                let cell = row.fields[index]
                let value = RawResponse.Value(cell, line: row.number, column: header[index])
                switch role {
                case .field("id"):
                    continue
                case .field(let name):
                    raw.fields[name] = value
                case .answer(let position):
                    open(position)
                    sections[position]?.answer = value
                case .comments(let position):
                    let text = cell.trimmingSpaces()
                    guard !text.isEmpty else { continue }
                    open(position)
                    if sections[position]?.text.isEmpty ?? true {
                        sections[position]?.text = text
                    } else {
                        sections[position]?.text += "\n\n" + text
                    }
                case .concerns(let position):
                    guard !cell.trimmingSpaces().isEmpty else { continue }
                    open(position)
                    sections[position]?.concerns.append(value)
                }
            }
            raw.sections = sections.compactMap { $0 }
            return (raw, diagnostics)
        }
    }
}

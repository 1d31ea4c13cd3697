/// The counted respondents of a run and the figures drawn from them: what every output is made from.
public struct Analysis: Sendable {
    /// The questionnaire.
    public var questionnaire: Questionnaire
    /// The respondents kept whole that count in this selection, ordered by name then file and row: every
    /// organisation and every response file. Members of the public read from survey exports are counted
    /// in ``summary`` (and the first few quoted), but not listed here.
    public var records: [Record]
    /// Responses in this selection set aside because the same organisation submitted again.
    public var superseded: [Supersession.Superseded]
    /// The figures.
    public var summary: Summary
    /// The cohorts documents describe, worked out once.
    var groups: Groups

    /// Counts, shares and themes for the intake's responses, limited to `selection`.
    ///
    /// Superseded responses are set aside before the selection is applied, so an organisation's
    /// latest submission is the one judged.
    public init(questionnaire: Questionnaire, intake: Intake, selection: Summary.Selection = .init()) {
        self.init(questionnaire: questionnaire, intake: intake, selection: selection, forDocuments: true)
    }

    /// The analysis; with `forDocuments` off, only the figures (`groups` stays empty), as `consult summary`
    /// needs no more.
    init(questionnaire: Questionnaire, intake: Intake, selection: Summary.Selection, forDocuments: Bool) {
        self.questionnaire = questionnaire
        let (counted, superseded) = Supersession.resolve(intake.responses)
        func selected(_ response: Response) -> Bool {
            (selection.type == nil || response.type == selection.type)
                && (selection.place == nil || response.place == selection.place)
        }
        let included = counted.map(selected)
        // Each counted response is signed for campaign detection as its record is made, on two cores.
        let base = intake.crowd?.count ?? 0
        let (sorted, signed) = Self.records(
            for: counted, included: included, questionnaire: questionnaire, signingFrom: base)
        records = sorted
        self.superseded = superseded.filter { selected($0.response) }
        let crowd = Self.crowdSelection(intake.crowd, selection: selection)
        var exports = intake.exports
        for index in exports.indices {
            exports[index].superseded = superseded.filter { $0.response.source == exports[index].file }.count
        }
        // The figures and the campaigns with the cohorts are independent: work them out on two cores.
        let (records, supersededCount, exportReports) = (records, self.superseded.count, exports)
        let crowdPlaces = crowd.map { Set($0.places) }
        var (summary, (groups, campaigns)) = Parallel.both(
            {
                let warnings = Self.warnings(for: intake, questionnaire: questionnaire, superseded: superseded)
                let problems = (intake.diagnostics + warnings).sortedForReport()
                return SummaryBuilder(questionnaire: questionnaire, records: records, crowd: crowd).summary(
                    selection: selection, superseded: supersededCount, exports: exportReports, problems: problems)
            },
            {
                let copy = questionnaire.deepCopy()
                let campaigns = CampaignFinder(questionnaire: copy).campaigns(
                    responses: counted, responseIncluded: included, crowd: intake.crowd, crowdPlaces: crowdPlaces,
                    reread: intake.rereadRows, signed: signed)
                guard forDocuments else { return (Groups(), campaigns) }
                let (marked, markedCrowd) = Self.marking(campaigns, records: records, counted: counted, crowd: crowd)
                return (GroupBuilder(questionnaire: copy, records: marked, crowd: markedCrowd).build(), campaigns)
            })
        summary.campaigns = campaigns.map(\.summary)
        self.summary = summary
        self.groups = groups
    }

    /// `records` and the crowd's respondents kept whole, each marked with the campaign it belongs to.
    static func marking(
        _ campaigns: [CampaignFinder.Campaign], records: [Record], counted: [Response], crowd: CrowdSelection?
    ) -> ([Record], CrowdSelection?) {
        guard !campaigns.isEmpty else { return (records, crowd) }
        var byLocation: [String: Int] = [:]
        var crowd = crowd
        for (number, campaign) in campaigns.enumerated() {
            for index in campaign.responseMembers { byLocation[counted[index].location] = number }
            for index in campaign.crowdMembers where crowd?.crowd.kept[index] != nil {
                crowd?.crowd.kept[index]?.campaign = number
            }
        }
        var records = records
        for index in records.indices { records[index].campaign = byLocation[records[index].response.location] }
        return (records, crowd)
    }

    /// What `consult validate` reports besides reading problems, without composing anything: late,
    /// superseded and unconfirmed inferred answers as warnings, and the campaigns among everything read
    /// (superseded responses left out), each with where its first member is.
    static func findings(
        for intake: Intake, questionnaire: Questionnaire
    ) -> (warnings: [Diagnostic], campaigns: [(campaign: CampaignSummary, firstLocation: String)]) {
        let (counted, superseded) = Supersession.resolve(intake.responses)
        let warnings = warnings(for: intake, questionnaire: questionnaire, superseded: superseded)
        return (warnings, campaigns(counted: counted, intake: intake, questionnaire: questionnaire))
    }

    /// The campaigns among everything the intake read (superseded responses left out), with where each
    /// one's first member is.
    static func campaigns(
        in intake: Intake, questionnaire: Questionnaire
    ) -> [(campaign: CampaignSummary, firstLocation: String)] {
        campaigns(counted: Supersession.resolve(intake.responses).counted, intake: intake, questionnaire: questionnaire)
    }

    private static func campaigns(
        counted: [Response], intake: Intake, questionnaire: Questionnaire
    ) -> [(campaign: CampaignSummary, firstLocation: String)] {
        let places = Set(0...questionnaire.places.count)
        return CampaignFinder(questionnaire: questionnaire).campaigns(
            responses: counted, responseIncluded: counted.map { _ in true }, crowd: intake.crowd, crowdPlaces: places,
            reread: intake.rereadRows
        ).map { ($0.summary, $0.firstLocation) }
    }

    /// The records of the `responses` that are `included`, themes found, in ``records`` order, and every one of
    /// `responses` signed for campaign detection (response `i` as `base + i`); in two halves on two cores, each
    /// with its own matcher and detector, each half sorted there and the two merged.
    static func records(
        for responses: [Response], included: [Bool], questionnaire: Questionnaire, signingFrom base: Int
    ) -> (records: [Record], signed: CampaignDetector) {
        @Sendable func work(_ range: Range<Int>, _ questionnaire: Questionnaire) -> Sorted {
            let matcher = ThemeMatcher(themes: questionnaire.themes)
            var records: [Record] = []
            var signed = CampaignDetector()
            for index in range {
                signed.add(id: base + index, parts: responses[index].campaignText(questionnaire))
                if included[index] {
                    records.append(record(for: responses[index], questionnaire: questionnaire, matcher: matcher))
                }
            }
            // Sorted as (key, position) pairs, which the comparisons read in place: comparing positions by
            // `keys[$0] < keys[$1]` copied two keys (and retained their names) for every comparison.
            var keyed = records.indices.map { (key: Crowd.Sample.Order(listed: records[$0].response), index: $0) }
            keyed.sort { $0.key < $1.key }
            return Sorted(records: keyed.map { records[$0.index] }, keys: keyed.map(\.key), signed: signed)
        }
        let middle = responses.count / 2
        guard middle > 500 else {
            let all = work(0..<responses.count, questionnaire)
            return (all.records, all.signed)
        }
        var (first, second) = Parallel.both(
            { work(0..<middle, questionnaire) }, { work(middle..<responses.count, questionnaire.deepCopy()) })
        first.signed.append(contentsOf: second.signed)
        return (Sorted.merged(first, second), first.signed)
    }

    /// One half's records in order, with their keys, and its signatures.
    private struct Sorted: Sendable {
        var records: [Record]
        var keys: [Crowd.Sample.Order]
        var signed: CampaignDetector

        /// The records of `first` and `second` in one order, `first`'s first where keys are equal: what
        /// sorting all of them at once (stably) gives.
        static func merged(_ first: Sorted, _ second: Sorted) -> [Record] {
            var records: [Record] = []
            records.reserveCapacity(first.records.count + second.records.count)
            var (next, other) = (0, 0)
            while next < first.records.count || other < second.records.count {
                if other == second.records.count
                    || (next < first.records.count && !(second.keys[other] < first.keys[next]))
                {
                    records.append(first.records[next])
                    next += 1
                } else {
                    records.append(second.records[other])
                    other += 1
                }
            }
            return records
        }
    }

    /// The members of the public from survey exports that `selection` lets through.
    static func crowdSelection(_ crowd: Crowd?, selection: Summary.Selection) -> CrowdSelection? {
        guard let crowd, crowd.count > 0, selection.type == nil || selection.type == StakeholderType.publicID else {
            return nil
        }
        let places = crowd.questionnaire.places
        guard let place = selection.place else {
            return CrowdSelection(crowd: crowd, rows: Array(0..<crowd.count), places: Array(0...places.count))
        }
        guard let slot = places.firstIndex(where: { $0.id == place }) else { return nil }
        let rows = (0..<crowd.count).filter { crowd.place[$0] == slot }
        return CrowdSelection(crowd: crowd, rows: rows, places: [slot])
    }

    /// Late, superseded and unconfirmed inferred answers, as warnings for `validate`.
    public static func warnings(for intake: Intake, questionnaire: Questionnaire) -> [Diagnostic] {
        let superseded = Supersession.resolve(intake.responses).superseded
        return warnings(for: intake, questionnaire: questionnaire, superseded: superseded)
    }

    static func warnings(
        for intake: Intake, questionnaire: Questionnaire, superseded: [Supersession.Superseded]
    ) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for item in superseded {
            let date = item.by.submitted.map { " (submitted \($0.longDescription))" } ?? ""
            warnings.append(
                .warning(
                    "superseded: '\(item.response.respondent)' submitted again in \(item.by.location)\(date); only the later response counts",
                    file: item.response.source, line: item.response.row ?? item.response.line))
        }
        for response in intake.responses {
            if let deadline = questionnaire.feedbackDeadline, let submitted = response.submitted, submitted > deadline {
                warnings.append(
                    .warning(
                        "late: submitted \(submitted.longDescription), after the feedback deadline of \(deadline.longDescription); it is counted and marked late",
                        file: response.source, line: response.row ?? response.submittedLine ?? response.line))
            }
            // Sorted only when there is something to report: most responses have no inferred answer.
            guard response.answers.values.contains(where: \.inferred) else { continue }
            for answer in response.answers.values.sorted(by: { $0.line < $1.line }) where answer.inferred {
                let choice = answer.choice ?? "no answer"
                warnings.append(
                    .warning(
                        "\(answer.question): the answer '\(choice)' was inferred from a letter and is not yet confirmed; check the evidence, then delete the 'inferred:' line",
                        file: response.source, line: answer.line))
            }
        }
        warnings += crowdLateWarnings(intake.crowd, questionnaire: questionnaire)
        return warnings
    }

    /// One warning per export for members of the public who submitted late: at national scale a warning
    /// per row would bury every other finding.
    static func crowdLateWarnings(_ crowd: Crowd?, questionnaire: Questionnaire) -> [Diagnostic] {
        guard let crowd, let deadline = questionnaire.feedbackDeadline else { return [] }
        var late: [String: (count: Int, first: Int)] = [:]
        var order: [String] = []
        for index in 0..<crowd.count where crowd.isLate(index) {
            let source = crowd.sources[Int(crowd.source[index])]
            if late[source] == nil { order.append(source) }
            late[source, default: (0, Int(crowd.row[index]))].count += 1
        }
        return order.compactMap { source in
            guard let (count, first) = late[source] else { return nil }
            let who = count == 1 ? "one member of the public" : "\(count) members of the public"
            return .warning(
                "late: \(who) in this export submitted after the feedback deadline of \(deadline.longDescription) (\(count == 1 ? "on this row" : "the first on this row")); \(count == 1 ? "it is" : "they are") counted and marked late",
                file: source, line: first)
        }
    }

    static func record(for response: Response, questionnaire: Questionnaire, matcher: ThemeMatcher) -> Record {
        var mentions: [Record.Mention] = []
        let late =
            questionnaire.feedbackDeadline.map { deadline in response.submitted.map { $0 > deadline } ?? false }
            ?? false
        for question in questionnaire.questions {
            guard let answer = response.answers[question.id] else { continue }
            var seen: Set<String> = []
            let hits = answer.text.isEmpty ? [] : matcher.hits(in: answer.text)
            for theme in answer.concerns where seen.insert(theme).inserted {
                let sentence = hits.first { questionnaire.themes[$0.theme].id == theme }?.sentence
                mentions.append(Record.Mention(theme: theme, question: question.id, sentence: sentence))
            }
            for hit in hits {
                let theme = questionnaire.themes[hit.theme].id
                if seen.insert(theme).inserted {
                    mentions.append(Record.Mention(theme: theme, question: question.id, sentence: hit.sentence))
                }
            }
        }
        return Record(response: response, late: late, mentions: mentions)
    }
}

/// The respondents table shared by Annex A and `respondents.csv`.
extension Composer {
    /// A row of the respondents table: a respondent kept whole, by index in `records`, or a member of the
    /// public counted in the crowd, by index there.
    enum RespondentRow: Sendable {
        case record(Int)
        case crowd(Int)
    }

    /// The respondents table: by stakeholder type, then name, then file and row; members of the public from
    /// survey exports take their place by file and row.
    func respondentTable(forCSV: Bool = false, includingPublic: Bool = true, limit: Int = .max)
        -> (header: [String], rows: [[String]])
    {
        let (labels, crowd) = (CrowdLabels(self), groups.crowd?.crowd)
        let rows = respondentRows(includingPublic: includingPublic, limit: limit)
        return (respondentHeader(forCSV: forCSV), rows.map { cells($0, labels, crowd, forCSV: forCSV) })
    }

    /// The header of the respondents table; the CSV file has a column of themes as well.
    func respondentHeader(forCSV: Bool) -> [String] {
        var header = ["Respondent", "Type", "Place", "Submitted", "Late"] + questionnaire.scaledQuestions.map(\.label)
        if forCSV { header.append("Themes") }
        return header
    }

    /// The rows of the respondents table, in order, at most `limit` of them.
    func respondentRows(includingPublic: Bool = true, limit: Int = .max) -> [RespondentRow] {
        let order = Dictionary(uniqueKeysWithValues: questionnaire.stakeholderTypes.enumerated().map { ($1.id, $0) })
        let whole = records.indices.filter { includingPublic || !records[$0].response.isPublic }
        let keys = whole.map {
            let record = records[$0]
            return (
                order[record.response.type] ?? 99, record.publicName ?? "~", record.response.source,
                record.response.row ?? 0
            )
        }
        let sorted = whole.indices.sorted { keys[$0] < keys[$1] }
        var rows: [RespondentRow] = []
        rows.reserveCapacity(whole.count + (includingPublic ? groups.crowd?.rows.count ?? 0 : 0))
        var crowdRows = (includingPublic ? groups.crowd?.rows ?? [] : [])[...]
        let publicRank = order[StakeholderType.publicID] ?? 99
        func appendCrowd(before key: (Int, String, String, Int)?) {
            guard let crowd = groups.crowd?.crowd else { return }
            while let next = crowdRows.first, rows.count < limit {
                let nextKey = (publicRank, "~", crowd.sources[Int(crowd.source[next])], Int(crowd.row[next]))
                if let key, !(nextKey < key) { return }
                rows.append(.crowd(next))
                crowdRows = crowdRows.dropFirst()
            }
        }
        for index in sorted where rows.count < limit {
            appendCrowd(before: keys[index])
            if rows.count < limit { rows.append(.record(whole[index])) }
        }
        appendCrowd(before: nil)
        return rows
    }

    /// `rows` of `respondents.csv`, the header first when `withHeader` (with the byte-order mark the file
    /// starts with). The file can be written in parts, one on each core, and the parts joined.
    func respondentsCSV(_ rows: ArraySlice<RespondentRow>, withHeader: Bool) -> [UInt8] {
        let (labels, crowd) = (CrowdLabels(self), groups.crowd?.crowd)
        var writer = withHeader ? CSVWriter(header: respondentHeader(forCSV: true)) : CSVWriter()
        for row in rows { writer.append(cells(row, labels, crowd, forCSV: true)) }
        return withHeader ? Array(writer.data) : Array(writer.text.utf8)
    }

    /// The cells of one row of the table.
    private func cells(_ row: RespondentRow, _ labels: CrowdLabels, _ crowd: Crowd?, forCSV: Bool) -> [String] {
        switch row {
        case .record(let index): cells(for: records[index], forCSV: forCSV)
        case .crowd(let index): crowd.map { crowdCells(index, $0, labels, forCSV: forCSV) } ?? []
        }
    }

    private func cells(for record: Record, forCSV: Bool) -> [String] {
        let response = record.response
        var row = [
            record.publicName ?? "Name withheld", typeLabel(response.type), placeLabel(response.place),
            response.submitted?.description ?? "", record.late ? "yes" : "no",
        ]
        for question in questionnaire.scaledQuestions {
            let answer = response.answers[question.id]
            let options = questionnaire.options(for: question)
            var cell = answer?.choice.flatMap { id in options.first { $0.id == id }?.shortLabel } ?? ""
            if let unrecognised = answer?.unrecognised { cell = forCSV ? unrecognised : "Not recognised" }
            if answer?.conditional == true { cell += " (with conditions)" }
            if answer?.inferred == true { cell += " (inferred)" }
            row.append(cell)
        }
        if forCSV { row.append(record.themes.joined(separator: "; ")) }
        return row
    }

    /// A row for a member of the public who was counted but not kept whole.
    private func crowdCells(_ index: Int, _ crowd: Crowd, _ labels: CrowdLabels, forCSV: Bool) -> [String] {
        let scaled = crowd.layout.scaled
        let place = Int(crowd.place[index])
        var row = [
            "Name withheld", labels.type, place < 0 ? "" : labels.places[place],
            crowd.day(index)?.description ?? "", crowd.isLate(index) ? "yes" : "no",
        ]
        row.reserveCapacity(5 + scaled + 1)
        for position in 0..<scaled {
            let code = crowd.answers[index * scaled + position]
            let flag = crowd.flags[index * scaled + position]
            var cell = ""
            if code == Crowd.unrecognisedCode {
                cell = forCSV ? crowd.unrecognisedText[index * scaled + position] ?? "" : "Not recognised"
            } else if code > 0 {
                cell = labels.options[position][Int(code) - 1]
            }
            if flag & Crowd.Flag.conditional != 0 { cell += " (with conditions)" }
            if flag & Crowd.Flag.inferred != 0 { cell += " (inferred)" }
            row.append(cell)
        }
        if forCSV {
            var themes: [String] = []
            for mention in crowd.mentions[Int(crowd.mentionStart[index])..<Int(crowd.mentionStart[index + 1])] {
                let id = labels.themes[Int(mention >> 8)]
                if !themes.contains(id) { themes.append(id) }
            }
            row.append(themes.joined(separator: "; "))
        }
        return row
    }

    /// The labels a crowd row is written with, looked up once per table rather than once per cell.
    private struct CrowdLabels {
        let type: String
        let places: [String]
        let options: [[String]]
        let themes: [String]

        init(_ composer: Composer) {
            let questionnaire = composer.questionnaire
            type = composer.typeLabel(StakeholderType.publicID)
            places = questionnaire.places.map(\.label)
            options = questionnaire.scaledQuestions.map { questionnaire.options(for: $0).map(\.shortLabel) }
            themes = questionnaire.themes.map(\.id)
        }
    }
}

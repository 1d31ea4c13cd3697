/// Works out ``Analysis/Groups`` in one pass over the whole records and one over the members of the
/// public who are only counted, then merges in those kept whole for quoting.
struct GroupBuilder {
    let questionnaire: Questionnaire
    /// The counted whole records, in ``Analysis/records`` order.
    let records: [Record]
    let crowd: Analysis.CrowdSelection?

    func build() -> Analysis.Groups {
        var groups = Analysis.Groups()
        groups.pool = records
        groups.crowd = crowd
        let typeOrder = Dictionary(
            questionnaire.stakeholderTypes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let listed = records.map { Crowd.Sample.Order(listed: $0.response) }
        func sideKey(_ response: Response) -> SideKey {
            SideKey(type: typeOrder[response.type] ?? 99, order: Crowd.Sample.Order(bySide: response))
        }
        let sideKeys = records.map { sideKey($0.response) }
        let bySide = records.indices.sorted { sideKeys[$0] < sideKeys[$1] }

        var onSide: [String: [String: Cohort]] = [:]
        var themeCohorts: [String: [String: Cohort]] = [:]
        var commenting: [String: Cohort] = [:]
        var conditional: [String: Cohort] = [:]
        let scaled = questionnaire.scaledQuestions
        for (index, record) in records.enumerated() {
            let response = record.response
            let member = Int32(index)
            let unquotable = response.publish == .no ? 1 : 0
            if response.isPublic { groups.members += 1 } else { groups.organisations += 1 }
            if record.late { groups.late.add(member, unquotable: unquotable) }
            for answer in response.answers.values where answer.confidence != nil { groups.inferredTotal += 1 }
            for question in questionnaire.questions {
                guard let answer = response.answers[question.id] else { continue }
                if !answer.text.isEmpty {
                    commenting[question.id, default: Cohort()].add(member, unquotable: unquotable)
                }
            }
            // A record mentions each theme at most once per question.
            for mention in record.mentions {
                themeCohorts[mention.question, default: [:]][mention.theme, default: Cohort()].add(
                    member, unquotable: unquotable)
            }
            for question in scaled {
                guard let answer = response.answers[question.id], answer.choice != nil || answer.unrecognised != nil
                else {
                    continue
                }
                groups.answered[question.id, default: 0] += 1
                if answer.conditional {
                    conditional[question.id, default: Cohort()].add(member, unquotable: unquotable)
                    if let choice = answer.choice {
                        groups.conditionalByOption[question.id, default: [:]][choice, default: 0] += 1
                    }
                }
            }
        }
        // Sides are filled in side order, so each cohort comes out listed by type then name.
        let themeLists = records.map(\.themes)
        let sideOf = scaled.map { question in
            Dictionary(
                questionnaire.options(for: question).map { ($0.id, $0.side) }, uniquingKeysWith: { first, _ in first })
        }
        var sideCohorts = scaled.map { _ in [String: Cohort]() }
        for index in bySide {
            let response = records[index].response
            for (position, question) in scaled.enumerated() {
                guard let choice = response.answers[question.id]?.choice, let side = sideOf[position][choice] else {
                    continue
                }
                sideCohorts[position][side, default: Cohort()].add(
                    Int32(index), unquotable: response.publish == .no ? 1 : 0)
                for theme in themeLists[index] {
                    sideCohorts[position][side, default: Cohort()].themes[theme, default: 0] += 1
                }
            }
        }
        for (position, question) in scaled.enumerated() where !sideCohorts[position].isEmpty {
            onSide[question.id] = sideCohorts[position]
        }
        if let crowd { addCrowd(crowd, &groups, &onSide, &themeCohorts, &commenting, &conditional) }
        // Members of the public kept whole join each cohort in the order documents list them.
        if let crowd {
            var poolIndex: [Int: Int32] = [:]
            func merge<Key: Comparable>(
                _ cohort: inout Cohort, group: Int, wholeKey: (Int) -> Key, sampleKey: (Response) -> Key
            ) {
                let sample = crowd.crowd.sample(group, places: crowd.places)
                guard !sample.isEmpty else { return }
                var merged: [Int32] = []
                merged.reserveCapacity(cohort.members.count + sample.count)
                var whole = cohort.members[...]
                for (index, record) in sample {
                    let key = sampleKey(record.response)
                    while let next = whole.first, wholeKey(Int(next)) < key {
                        merged.append(next)
                        whole = whole.dropFirst()
                    }
                    if let known = poolIndex[index] {
                        merged.append(known)
                    } else {
                        let position = Int32(groups.pool.count)
                        groups.pool.append(record)
                        poolIndex[index] = position
                        merged.append(position)
                    }
                }
                cohort.members = merged + whole
            }
            func mergeListed(_ cohort: inout Cohort, group: Int) {
                merge(&cohort, group: group, wholeKey: { listed[$0] }, sampleKey: { Crowd.Sample.Order(listed: $0) })
            }
            let layout = crowd.crowd.layout
            for (position, question) in questionnaire.questions.enumerated() {
                for (theme, index) in layout.themeIndex {
                    guard var cohort = themeCohorts[question.id]?[theme] else { continue }
                    mergeListed(&cohort, group: layout.theme(index, question: position))
                    themeCohorts[question.id]?[theme] = cohort
                }
                if var cohort = commenting[question.id] {
                    mergeListed(&cohort, group: layout.commenting(position))
                    commenting[question.id] = cohort
                }
                guard let scaledIndex = layout.scaledIndex[position] else { continue }
                if var cohort = conditional[question.id] {
                    mergeListed(&cohort, group: layout.conditional(scaledIndex))
                    conditional[question.id] = cohort
                }
                for (sidePosition, side) in layout.sides[scaledIndex].enumerated() {
                    guard var cohort = onSide[question.id]?[side] else { continue }
                    merge(
                        &cohort, group: layout.side(sidePosition, question: scaledIndex), wholeKey: { sideKeys[$0] },
                        sampleKey: sideKey)
                    onSide[question.id]?[side] = cohort
                }
            }
        }
        groups.onSide = onSide
        groups.commenting = commenting
        groups.conditional = conditional
        let themeOrder = Dictionary(
            questionnaire.themes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for question in questionnaire.questions {
            let cohorts = (themeCohorts[question.id] ?? [:]).map { (theme: $0.key, cohort: $0.value) }
            groups.themeGroups[question.id] = cohorts.sorted {
                $0.cohort.count != $1.cohort.count
                    ? $0.cohort.count > $1.cohort.count : (themeOrder[$0.theme] ?? 0) < (themeOrder[$1.theme] ?? 0)
            }
        }
        return groups
    }
}

/// Where a respondent comes among those on one side of a question: by stakeholder type, then name.
private struct SideKey: Comparable {
    var type: Int
    var order: Crowd.Sample.Order

    static func < (a: SideKey, b: SideKey) -> Bool {
        a.type != b.type ? a.type < b.type : a.order < b.order
    }
}

extension Cohort {
    /// Adds a respondent kept whole.
    mutating func add(_ member: Int32, unquotable: Int) {
        members.append(member)
        count += 1
        self.unquotable += unquotable
    }
}

extension GroupBuilder {
    /// Counts the members of the public who are only counted into the cohorts.
    fileprivate func addCrowd(
        _ selection: Analysis.CrowdSelection, _ groups: inout Analysis.Groups,
        _ onSide: inout [String: [String: Cohort]],
        _ themeCohorts: inout [String: [String: Cohort]], _ commenting: inout [String: Cohort],
        _ conditional: inout [String: Cohort]
    ) {
        let crowd = selection.crowd
        let layout = crowd.layout
        let questions = questionnaire.questions
        let themes = questionnaire.themes
        let scaled = layout.scaled
        var sideCount = layout.sides.map { [Int](repeating: 0, count: $0.count) }
        var sideUnquotable = sideCount
        var sideThemes = layout.sides.map {
            [[Int]](repeating: [Int](repeating: 0, count: themes.count), count: $0.count)
        }
        var answered = [Int](repeating: 0, count: scaled)
        var conditionalCount = answered
        var conditionalUnquotable = answered
        var byOption = layout.optionIndex.map { [Int](repeating: 0, count: $0.count) }
        var themeCount = questions.map { _ in [Int](repeating: 0, count: themes.count) }
        var commentingCount = [Int](repeating: 0, count: questions.count)
        var commentingUnquotable = commentingCount
        var stamp = [Int](repeating: -1, count: themes.count)
        var rowThemes: [Int] = []
        for row in selection.rows {
            groups.members += 1
            let unquotable = crowd.unquotable[row] ? 1 : 0
            if crowd.isLate(row) {
                groups.late.count += 1
                groups.late.unquotable += unquotable
            }
            rowThemes.removeAll(keepingCapacity: true)
            for mention in crowd.mentions[Int(crowd.mentionStart[row])..<Int(crowd.mentionStart[row + 1])] {
                let theme = Int(mention >> 8)
                themeCount[Int(mention & 0xFF)][theme] += 1
                if stamp[theme] != row {
                    stamp[theme] = row
                    rowThemes.append(theme)
                }
            }
            var bits = crowd.commented[row]
            while bits != 0 {
                let position = bits.trailingZeroBitCount
                commentingCount[position] += 1
                commentingUnquotable[position] += unquotable
                bits &= bits - 1
            }
            for question in 0..<scaled {
                let code = crowd.answers[row * scaled + question]
                let flag = crowd.flags[row * scaled + question]
                if flag & Crowd.Flag.confidence != 0 { groups.inferredTotal += 1 }
                guard code != 0 else { continue }
                answered[question] += 1
                let isOption = code != Crowd.unrecognisedCode
                if flag & Crowd.Flag.conditional != 0 {
                    conditionalCount[question] += 1
                    conditionalUnquotable[question] += unquotable
                    if isOption { byOption[question][Int(code) - 1] += 1 }
                }
                guard isOption else { continue }
                let side = layout.optionSide[question][Int(code) - 1]
                sideCount[question][side] += 1
                sideUnquotable[question][side] += unquotable
                for theme in rowThemes { sideThemes[question][side][theme] += 1 }
            }
        }
        for (position, question) in questions.enumerated() {
            for (theme, count) in themeCount[position].enumerated() where count > 0 {
                themeCohorts[question.id, default: [:]][themes[theme].id, default: Cohort()].count += count
            }
            if commentingCount[position] > 0 {
                commenting[question.id, default: Cohort()].count += commentingCount[position]
                commenting[question.id, default: Cohort()].unquotable += commentingUnquotable[position]
            }
            guard let index = layout.scaledIndex[position] else { continue }
            if answered[index] > 0 { groups.answered[question.id, default: 0] += answered[index] }
            if conditionalCount[index] > 0 {
                conditional[question.id, default: Cohort()].count += conditionalCount[index]
                conditional[question.id, default: Cohort()].unquotable += conditionalUnquotable[index]
            }
            let options = questionnaire.options(for: question)
            for (option, count) in byOption[index].enumerated() where count > 0 {
                groups.conditionalByOption[question.id, default: [:]][options[option].id, default: 0] += count
            }
            for (side, name) in layout.sides[index].enumerated() where sideCount[index][side] > 0 {
                var cohort = onSide[question.id, default: [:]][name, default: Cohort()]
                cohort.count += sideCount[index][side]
                cohort.unquotable += sideUnquotable[index][side]
                for (theme, count) in sideThemes[index][side].enumerated() where count > 0 {
                    cohort.themes[themes[theme].id, default: 0] += count
                }
                onSide[question.id, default: [:]][name] = cohort
            }
        }
    }
}

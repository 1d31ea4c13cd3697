/// Adds up counted respondents into a ``Summary``: the whole records, and the members of the public
/// from survey exports who are only counted.
struct SummaryBuilder {
    let questionnaire: Questionnaire
    let records: [Record]
    var crowd: Analysis.CrowdSelection?

    func summary(selection: Summary.Selection, superseded: Int, exports: [ExportReport], problems: [Diagnostic])
        -> Summary
    {
        var byType: [String: Int] = [:]
        var byPlace: [String: Int] = [:]
        var inferred = 0
        var late = 0
        // By index rather than by value: copying a record out of the array costs a dozen reference counts.
        for index in records.indices {
            byType[records[index].response.type, default: 0] += 1
            byPlace[records[index].response.place ?? "unspecified", default: 0] += 1
            for answer in records[index].response.answers.values where answer.inferred { inferred += 1 }
            if records[index].late { late += 1 }
        }
        var respondents = records.count
        if let crowd {
            respondents += crowd.rows.count
            if !crowd.rows.isEmpty { byType[StakeholderType.publicID, default: 0] += crowd.rows.count }
            // Counted by place slot first: a dictionary update per respondent costs more than the rest together.
            let places = crowd.crowd.questionnaire.places
            var perPlace = [Int](repeating: 0, count: places.count + 1)
            for row in crowd.rows {
                let place = Int(crowd.crowd.place[row])
                perPlace[place < 0 ? places.count : place] += 1
                if crowd.crowd.isLate(row) { late += 1 }
            }
            for (slot, count) in perPlace.enumerated() where count > 0 {
                byPlace[slot < places.count ? places[slot].id : "unspecified", default: 0] += count
            }
            let scaled = crowd.crowd.layout.scaled
            for row in crowd.rows {
                for question in 0..<scaled where crowd.crowd.flags[row * scaled + question] & Crowd.Flag.inferred != 0 {
                    inferred += 1
                }
            }
        }
        return Summary(
            questionnaire: questionnaire.id, selection: selection, respondents: respondents, superseded: superseded,
            late: late, byType: byType, byPlace: byPlace,
            questions: questionnaire.scaledQuestions.map(question), themes: themes(),
            unconfirmedInferred: inferred, exports: exports, campaigns: [], problems: problems)
    }

    func question(_ question: Question) -> QuestionSummary {
        let options = questionnaire.options(for: question)
        var counts = Dictionary(uniqueKeysWithValues: options.map { ($0.id, 0) })
        var byType: [String: [String: Int]] = [:]
        var byPlace: [String: [String: Int]] = [:]
        var conditional: [String: Int] = [:]
        var weights: [String: Double] = [:]
        var unanswered = 0
        for index in records.indices {
            guard let answer = records[index].response.answers[question.id],
                answer.choice != nil || answer.unrecognised != nil
            else {
                unanswered += 1
                continue
            }
            let key = answer.choice ?? Self.unrecognised
            let type = records[index].response.type
            counts[key, default: 0] += 1
            byType[type, default: [:]][key, default: 0] += 1
            byPlace[records[index].response.place ?? "unspecified", default: [:]][key, default: 0] += 1
            guard let option = options.first(where: { $0.id == answer.choice }), option.side != ScaleOption.noSide
            else {
                continue
            }
            weights[option.side, default: 0] += questionnaire.stakeholderType(id: type)?.weight ?? 1
            if answer.conditional { conditional[option.side, default: 0] += 1 }
        }
        if let crowd,
            let scaledIndex = crowd.crowd.layout.scaledIndex[questionnaire.questions.firstIndex(of: question) ?? 0]
        {
            let tally = crowdTally(crowd, scaledIndex: scaledIndex, options: options.count)
            unanswered += tally.unanswered
            let weight = questionnaire.stakeholderType(id: StakeholderType.publicID)?.weight ?? 1
            for code in 1..<tally.byCode.count where tally.byCode[code] > 0 {
                let n = tally.byCode[code]
                let isOption = code <= options.count
                let key = isOption ? options[code - 1].id : Self.unrecognised
                counts[key, default: 0] += n
                byType[StakeholderType.publicID, default: [:]][key, default: 0] += n
                for (place, perPlace) in tally.byPlace where perPlace[code] > 0 {
                    byPlace[place, default: [:]][key, default: 0] += perPlace[code]
                }
                guard isOption, options[code - 1].side != ScaleOption.noSide else { continue }
                weights[options[code - 1].side, default: 0] += weight * Double(n)
                if tally.conditional[code] > 0 {
                    conditional[options[code - 1].side, default: 0] += tally.conditional[code]
                }
            }
        }
        let sides = Self.sides(of: options)
        let total = weights.values.reduce(0, +)
        var shares: [String: Double] = [:]
        if total > 0 {
            for side in sides { shares[side] = ((weights[side] ?? 0) / total * 100).rounded() / 100 }
        }
        let (position, strength, _) = PositionRule.position(weights: sides.map { ($0, weights[$0] ?? 0) })
        return QuestionSummary(
            id: question.id, counts: counts, unanswered: unanswered, shares: shares, position: position,
            strength: strength, conditional: conditional, byType: byType, byPlace: byPlace)
    }

    func themes() -> [ThemeSummary] {
        var crowdRaising = [Int](repeating: 0, count: questionnaire.themes.count)
        var crowdQuestions = [[String: Int]](repeating: [:], count: questionnaire.themes.count)
        if let crowd {
            var stamp = [Int](repeating: -1, count: questionnaire.themes.count)
            // Mentions by theme and question position, put under the questions' ids once at the end.
            let questions = questionnaire.questions
            var perQuestion = [Int](repeating: 0, count: questionnaire.themes.count * questions.count)
            let (mentions, mentionStart) = (crowd.crowd.mentions, crowd.crowd.mentionStart)
            for row in crowd.rows {
                for mention in mentions[Int(mentionStart[row])..<Int(mentionStart[row + 1])] {
                    let theme = Int(mention >> 8)
                    perQuestion[theme * questions.count + Int(mention & 0xFF)] += 1
                    if stamp[theme] != row {
                        stamp[theme] = row
                        crowdRaising[theme] += 1
                    }
                }
            }
            for theme in questionnaire.themes.indices {
                for (position, question) in questions.enumerated()
                where perQuestion[theme * questions.count + position] > 0 {
                    crowdQuestions[theme][question.id, default: 0] += perQuestion[theme * questions.count + position]
                }
            }
        }
        // One pass over the whole records: each raises a theme once, and (at most) once per question.
        var raising = [Int](repeating: 0, count: questionnaire.themes.count)
        var named = [[String]](repeating: [], count: questionnaire.themes.count)
        var questionCounts = crowdQuestions
        var stamp = [Int](repeating: -1, count: questionnaire.themes.count)
        let themeIndex = Dictionary(
            questionnaire.themes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for position in records.indices {
            // `publicName`, read in place once per record: the getter copied the whole record (a dozen
            // reference counts) for every mention.
            let name =
                records[position].response.publish == .yes && !records[position].response.isPublic
                ? records[position].response.respondent : nil
            for mention in records[position].mentions {
                guard let index = themeIndex[mention.theme] else { continue }
                questionCounts[index][mention.question, default: 0] += 1
                guard stamp[index] != position else { continue }
                stamp[index] = position
                raising[index] += 1
                if let name { named[index].append(name) }
            }
        }
        var summaries: [ThemeSummary] = []
        for (index, theme) in questionnaire.themes.enumerated() {
            let total = raising[index] + crowdRaising[index]
            guard total > 0 else { continue }
            let questions = questionCounts[index]
            let names = named[index]
            summaries.append(
                ThemeSummary(
                    id: theme.id, respondents: total, organisations: Array(Set(names)).sorted(),
                    unnamed: total - names.count, questions: questions))
        }
        let order = Dictionary(uniqueKeysWithValues: questionnaire.themes.enumerated().map { ($1.id, $0) })
        return summaries.sorted {
            $0.respondents != $1.respondents
                ? $0.respondents > $1.respondents : (order[$0.id] ?? 0) < (order[$1.id] ?? 0)
        }
    }

    /// The id under which answers that matched no option are counted.
    static let unrecognised = "unrecognised"

    /// The sides of a scale that count towards shares, in scale order.
    static func sides(of options: [ScaleOption]) -> [String] {
        var sides: [String] = []
        for option in options where option.side != ScaleOption.noSide && !sides.contains(option.side) {
            sides.append(option.side)
        }
        return sides
    }
}

extension SummaryBuilder {
    /// One scaled question's answers from the crowd, by answer code (the option's position + 1, with
    /// unrecognised answers last).
    struct CrowdTally {
        var unanswered = 0
        var byCode: [Int]
        var conditional: [Int]
        var byPlace: [String: [Int]] = [:]
    }

    func crowdTally(_ crowd: Analysis.CrowdSelection, scaledIndex: Int, options: Int) -> CrowdTally {
        let codes = options + 2
        var tally = CrowdTally(
            byCode: [Int](repeating: 0, count: codes), conditional: [Int](repeating: 0, count: codes))
        let places = crowd.crowd.questionnaire.places
        var perPlace = [[Int]](repeating: [Int](repeating: 0, count: codes), count: places.count + 1)
        let scaled = crowd.crowd.layout.scaled
        for row in crowd.rows {
            let raw = crowd.crowd.answers[row * scaled + scaledIndex]
            guard raw != 0 else {
                tally.unanswered += 1
                continue
            }
            let code = raw == Crowd.unrecognisedCode ? options + 1 : Int(raw)
            tally.byCode[code] += 1
            let place = Int(crowd.crowd.place[row])
            perPlace[place < 0 ? places.count : place][code] += 1
            if crowd.crowd.flags[row * scaled + scaledIndex] & Crowd.Flag.conditional != 0 {
                tally.conditional[code] += 1
            }
        }
        for (slot, counts) in perPlace.enumerated() where counts.contains(where: { $0 > 0 }) {
            tally.byPlace[slot < places.count ? places[slot].id : "unspecified"] = counts
        }
        return tally
    }
}

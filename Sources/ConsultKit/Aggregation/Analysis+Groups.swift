extension Analysis {
    /// The cohorts the documents describe, worked out once from the counted respondents, so composing
    /// looks them up instead of filtering every respondent for each question and theme.
    struct Groups: Sendable {
        /// The whole records (``Analysis/records``), then the members of the public kept whole for quoting.
        var pool: [Record] = []
        /// Per scaled question id: respondents who answered (any answer, including an unrecognised one).
        var answered: [String: Int] = [:]
        /// Per scaled question id, per option id: respondents who answered with that option on conditions.
        var conditionalByOption: [String: [String: Int]] = [:]
        /// Per scaled question id, per side (`none` included): respondents on it, by type then name.
        var onSide: [String: [String: Cohort]] = [:]
        /// Per question id: the themes raised in its answers, most raised first, with who raised them.
        var themeGroups: [String: [(theme: String, cohort: Cohort)]] = [:]
        /// Per question id: respondents whose answer has text.
        var commenting: [String: Cohort] = [:]
        /// Per scaled question id: respondents who answered on conditions.
        var conditional: [String: Cohort] = [:]
        /// Respondents who submitted after the feedback deadline.
        var late = Cohort()
        /// Counted organisations and members of the public.
        var organisations = 0
        var members = 0
        /// Answers read from letters (confirmed or not).
        var inferredTotal = 0
        /// Members of the public from survey exports, counted but not kept whole, in file order.
        var crowd: CrowdSelection?

        /// The respondents of a cohort kept whole, in order.
        func records(_ cohort: Cohort) -> [Record] { cohort.members.map { pool[Int($0)] } }
    }

    /// The members of the public from survey exports that a selection lets through.
    struct CrowdSelection: Sendable {
        var crowd: Crowd
        /// Their indexes in the crowd, in file order.
        var rows: [Int]
        /// The place slots (a place's position, or the number of places for none) the selection lets through.
        var places: [Int]
    }
}

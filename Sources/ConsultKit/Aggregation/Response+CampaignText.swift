extension Response {
    /// What the respondent wrote, answer by answer in questionnaire order (empty answers left out): the
    /// text compared when looking for campaigns.
    func campaignText(_ questionnaire: Questionnaire) -> [String] {
        questionnaire.questions.compactMap { question in
            guard let text = answers[question.id]?.text, !text.isEmpty else { return nil }
            return text
        }
    }
}

import ZelfscanCore

extension Questionnaire {
    /// Every item in the order asked (context first, then the dimensions, then the knowledge
    /// check), in `language`.
    ///
    /// Kept in this target rather than the core because only administration needs one uniform
    /// shape for context and scored items.
    public func sessionItems(language: Language) -> [SessionItem] {
        let contextTitle = context?.title.text(language) ?? ""
        let contextItems = (context?.items ?? []).map { item in
            sessionItem(item, section: contextTitle, language: language)
        }
        let scored = dimensions.flatMap { dimension in
            dimension.items.map { item in
                sessionItem(item, section: dimension.title.text(language), language: language)
            }
        }
        let knowledgeTitle = knowledge?.title.text(language) ?? ""
        let knowledgeItems = (knowledge?.items ?? []).map { item in
            sessionItem(item.question, section: knowledgeTitle, language: language)
        }
        return contextItems + scored + knowledgeItems
    }

    private func sessionItem(_ item: Item, section: String, language: Language) -> SessionItem {
        let scale = self.scale(item.scale)
        let values = (scale?.options ?? []).map {
            ItemOption(label: $0.label.text(language), answer: .scale($0.value), exclusive: false,
                       code: NumberText.format($0.value), isMissing: false)
        }
        return SessionItem(id: item.id, section: section, kind: .scale, text: item.text.text(language),
                           help: item.help?.text(language),
                           options: values + missingOptions(scale?.missing ?? [], language: language),
                           minimum: nil, maximum: nil, integer: false, unit: nil, maxLength: nil)
    }

    private func sessionItem(_ item: ContextItem, section: String, language: Language) -> SessionItem {
        let kind: SessionItem.Kind
        switch item.kind {
        case .single: kind = .single
        case .multiple: kind = .multiple
        case .number: kind = .number
        case .text: kind = .text
        }
        let choices = item.options.map {
            ItemOption(label: $0.label.text(language), answer: .choice($0.code), exclusive: $0.exclusive,
                       code: $0.code, isMissing: false)
        }
        return SessionItem(id: item.id, section: section, kind: kind, text: item.text.text(language),
                           help: item.help?.text(language),
                           options: choices + missingOptions(item.missing, language: language),
                           minimum: item.minimum, maximum: item.maximum, integer: item.integer,
                           unit: item.unit?.text(language),
                           maxLength: item.kind == .text ? item.maxLength : nil,
                           evidence: item.fact?.evidence?.text(language), answeredBy: item.fact?.role)
    }

    private func missingOptions(_ missing: [MissingOption], language: Language) -> [ItemOption] {
        missing.map {
            ItemOption(label: $0.label.text(language), answer: .missing($0.code), exclusive: true,
                       code: $0.code, isMissing: true)
        }
    }
}

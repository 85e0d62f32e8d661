extension StatusVocabulary {
    /// The spellings of Spanish-, Portuguese- and English-language oversight sources.
    ///
    /// - complied: *cumplida*, *cumplido*, *cumplimiento total*, *cumprida*, *implemented*,
    ///   *closed – implemented*, *fully implemented*.
    /// - partially complied: *cumplida parcialmente*, *parcialmente cumplida*, *cumplimiento
    ///   parcial*, *parcialmente cumprida*, *cumprida parcialmente*, *partially implemented*.
    /// - in progress: *en trámite*, *en proceso*, *en curso*, *em andamento*, *em tramitação*,
    ///   *open*, *ongoing*.
    /// - not complied: *incumplida*, *no cumplida*, *sin regularización*, *não cumprida*,
    ///   *descumprida*, *not implemented*, *closed – not implemented*.
    /// - no response: *sin respuesta*, *sem resposta*, *no reply*.
    /// - withdrawn: *retirada*, *desistida*, *sin efecto*.
    /// - not applicable: *no aplica*, *no corresponde*, *não se aplica*. (Not `NA` or `n/a`:
    ///   sources use those for "no data".)
    ///
    /// The closed set is the default: complied, withdrawn and not applicable.
    public static let standard: StatusVocabulary = {
        let spellings: [ComplianceStatus: [String]] = [
            .complied: [
                "cumplida", "cumplido", "cumplimiento total", "cumplida totalmente", "cumprida", "cumprido",
                "implemented", "closed – implemented", "fully implemented", "complied", "compliant",
            ],
            .partiallyComplied: [
                "cumplida parcialmente", "parcialmente cumplida", "cumplimiento parcial", "parcialmente cumplido",
                "parcialmente cumprida", "cumprida parcialmente", "parcialmente cumprido",
                "partially implemented", "partially complied", "partial",
            ],
            .inProgress: [
                "en trámite", "en proceso", "en curso", "em andamento", "em tramitação", "em curso",
                "in progress", "open", "ongoing", "open – in progress",
            ],
            .notComplied: [
                "incumplida", "no cumplida", "sin regularización", "incumplido", "no cumplido",
                "não cumprida", "não cumprido", "descumprida", "not implemented", "closed – not implemented",
                "not complied",
            ],
            .noResponse: ["sin respuesta", "sem resposta", "no response", "no reply"],
            .withdrawn: ["retirada", "retirado", "desistida", "sin efecto", "dejada sin efecto", "withdrawn"],
            .notApplicable: ["no aplica", "no corresponde", "não se aplica", "não aplicável", "not applicable"],
        ]
        var vocabulary = StatusVocabulary()
        for (status, aliases) in spellings {
            // The table above is fixed and free of conflicts (a test adds it again to prove it).
            for alias in aliases { try! vocabulary.addAlias(alias, for: status) }
        }
        return vocabulary
    }()
}

/// The names an export must never hold: the 300 Flemish municipalities as they were named from
/// 2019 to 2024, the names of the 2025 mergers, and spellings a person might type instead (French
/// and English names, and municipalities merged away in 2019 whose names are still in use).
/// Matching (`MunicipalityNames`) ignores case, accents, hyphens and `St.` for `Sint`.
enum FlemishMunicipalities {
    static let before2025: [String] = [
        "Aartselaar", "Antwerpen", "Arendonk", "Baarle-Hertog", "Balen", "Beerse", "Berlaar", "Boechout", "Bonheiden",
        "Boom", "Bornem", "Borsbeek", "Brasschaat", "Brecht", "Dessel", "Duffel", "Edegem", "Essen", "Geel",
        "Grobbendonk", "Heist-op-den-Berg", "Hemiksem", "Herentals", "Herenthout", "Herselt", "Hoogstraten", "Hove",
        "Hulshout", "Kalmthout", "Kapellen", "Kasterlee", "Kontich", "Laakdal", "Lier", "Lille", "Lint", "Malle",
        "Mechelen", "Meerhout", "Merksplas", "Mol", "Mortsel", "Niel", "Nijlen", "Olen", "Oud-Turnhout", "Putte",
        "Puurs-Sint-Amands", "Ranst", "Ravels", "Retie", "Rijkevorsel", "Rumst", "Schelle", "Schilde", "Schoten",
        "Sint-Katelijne-Waver", "Stabroek", "Turnhout", "Vorselaar", "Vosselaar", "Westerlo", "Wijnegem", "Willebroek",
        "Wommelgem", "Wuustwezel", "Zandhoven", "Zoersel", "Zwijndrecht", "Alken", "As", "Beringen", "Bilzen",
        "Bocholt", "Borgloon", "Bree", "Diepenbeek", "Dilsen-Stokkem", "Genk", "Gingelom", "Halen", "Ham",
        "Hamont-Achel", "Hasselt", "Hechtel-Eksel", "Heers", "Herk-de-Stad", "Herstappe", "Heusden-Zolder", "Hoeselt",
        "Houthalen-Helchteren", "Kinrooi", "Kortessem", "Lanaken", "Leopoldsburg", "Lommel", "Lummen", "Maaseik",
        "Maasmechelen", "Nieuwerkerken", "Oudsbergen", "Peer", "Pelt", "Riemst", "Sint-Truiden", "Tessenderlo",
        "Tongeren", "Voeren", "Wellen", "Zonhoven", "Zutendaal", "Aalst", "Aalter", "Assenede", "Berlare", "Beveren",
        "Brakel", "Buggenhout", "De Pinte", "Deinze", "Denderleeuw", "Dendermonde", "Destelbergen", "Eeklo",
        "Erpe-Mere", "Evergem", "Gavere", "Gent", "Geraardsbergen", "Haaltert", "Hamme", "Herzele", "Horebeke",
        "Kaprijke", "Kluisbergen", "Kruibeke", "Kruisem", "Laarne", "Lebbeke", "Lede", "Lierde", "Lievegem",
        "Lochristi", "Lokeren", "Maarkedal", "Maldegem", "Melle", "Merelbeke", "Moerbeke", "Nazareth", "Ninove",
        "Oosterzele", "Oudenaarde", "Ronse", "Sint-Gillis-Waas", "Sint-Laureins", "Sint-Lievens-Houtem",
        "Sint-Martens-Latem", "Sint-Niklaas", "Stekene", "Temse", "Waasmunster", "Wachtebeke", "Wetteren", "Wichelen",
        "Wortegem-Petegem", "Zele", "Zelzate", "Zottegem", "Zulte", "Zwalm", "Aarschot", "Affligem", "Asse", "Beersel",
        "Begijnendijk", "Bekkevoort", "Bertem", "Bever", "Bierbeek", "Boortmeerbeek", "Boutersem", "Diest", "Dilbeek",
        "Drogenbos", "Galmaarden", "Geetbets", "Glabbeek", "Gooik", "Grimbergen", "Haacht", "Halle", "Herent", "Herne",
        "Hoegaarden", "Hoeilaart", "Holsbeek", "Huldenberg", "Kampenhout", "Kapelle-op-den-Bos", "Keerbergen",
        "Kortenaken", "Kortenberg", "Kraainem", "Landen", "Lennik", "Leuven", "Liedekerke", "Linkebeek", "Linter",
        "Londerzeel", "Lubbeek", "Machelen", "Meise", "Merchtem", "Opwijk", "Oud-Heverlee", "Overijse", "Pepingen",
        "Roosdaal", "Rotselaar", "Scherpenheuvel-Zichem", "Sint-Genesius-Rode", "Sint-Pieters-Leeuw", "Steenokkerzeel",
        "Ternat", "Tervuren", "Tielt-Winge", "Tienen", "Tremelo", "Vilvoorde", "Wemmel", "Wezembeek-Oppem", "Zaventem",
        "Zemst", "Zoutleeuw", "Alveringem", "Anzegem", "Ardooie", "Avelgem", "Beernem", "Blankenberge", "Bredene",
        "Brugge", "Damme", "De Haan", "De Panne", "Deerlijk", "Dentergem", "Diksmuide", "Gistel", "Harelbeke",
        "Heuvelland", "Hooglede", "Houthulst", "Ichtegem", "Ieper", "Ingelmunster", "Izegem", "Jabbeke", "Knokke-Heist",
        "Koekelare", "Koksijde", "Kortemark", "Kortrijk", "Kuurne", "Langemark-Poelkapelle", "Ledegem", "Lendelede",
        "Lichtervelde", "Lo-Reninge", "Menen", "Mesen", "Meulebeke", "Middelkerke", "Moorslede", "Nieuwpoort",
        "Oostende", "Oostkamp", "Oostrozebeke", "Oudenburg", "Pittem", "Poperinge", "Roeselare", "Ruiselede",
        "Spiere-Helkijn", "Staden", "Tielt", "Torhout", "Veurne", "Vleteren", "Waregem", "Wervik", "Wevelgem",
        "Wielsbeke", "Wingene", "Zedelgem", "Zonnebeke", "Zuienkerke", "Zwevegem",
    ]

    static let merged2025: [String] = [
        "Beveren-Kruibeke-Zwijndrecht", "Bilzen-Hoeselt", "Merelbeke-Melle", "Nazareth-De Pinte", "Pajottegem",
        "Tessenderlo-Ham", "Tongeren-Borgloon",
    ]

    static let otherSpellings: [String] = [
        "Antwerp", "Anvers", "Ghent", "Gand", "Bruges", "Ostend", "Ostende", "Louvain", "Malines", "Mechlin",
        "Courtrai", "Ypres", "Tongres", "Saint-Trond", "Alost", "Termonde", "Audenarde", "Renaix", "Grammont", "Furnes",
        "Dixmude", "Nieuport", "Fourons", "Tirlemont", "Lierre", "Menin", "Roulers", "Vilvorde", "Hal",
        "Rhode-Saint-Genèse", "Saint-Nicolas", "Puurs", "Sint-Amands", "Neerpelt", "Overpelt", "Zomergem", "Knesselare",
        "Kruishoutem", "Meeuwen-Gruitrode", "Opglabbeek", "Lovendegem", "Waarschoot", "Nevele", "Zingem",
    ]

    /// Names that are also ordinary Dutch or English words ("as", "peer", "landen", "voeren",
    /// "boom", "geel", ...). In prose (README.md, descriptions, question texts) they are not
    /// findings, or every README would fail; in data fields, which hold only codes and numbers,
    /// they still are.
    static let commonWords: Set<String> = [
        "as", "peer", "ham", "mol", "boom", "geel", "essen", "lint", "lier", "landen", "voeren", "bever", "wellen",
        "kapellen", "lede", "hove", "halle", "lille", "nazareth", "damme", "zele", "hamme", "bree", "puurs", "niel",
        "heers", "mesen", "staden", "olen", "herne", "brecht", "hal", "alken", "ranst", "melle", "putte", "menen",
    ]
}

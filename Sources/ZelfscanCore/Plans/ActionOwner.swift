/// The rule that an action's owner is an organisation or a role, never a person: people change
/// jobs while the plan stays, and a plan file travels to coaches and next year's report.
///
/// A name cannot be recognised for certain, so this refuses what plainly is one: an e-mail
/// address, a title ("mevrouw", "dhr."), an initial with a surname ("J. Peeters", "Peeters J.",
/// "J.Peeters"), or text that starts with a common first name ("Jan", "Fatima Ait").
public enum ActionOwner {
    public static func problem(_ owner: String) -> Phrase? {
        let words = owner.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first else { return nil }
        let lowered = first.lowercased()
        let personal: Bool
        if owner.contains("@") {
            personal = true
        } else if titles.contains(lowered) || (words.count > 1 && lowered == "de" && words[1].lowercased() == "heer") {
            personal = true
        } else if words.count > 1, first.count == 2, first.last == ".", first.first?.isUppercase == true {
            personal = true
        } else if words.count > 1, let last = words.last, last.count == 2, last.last == ".", last.first?.isUppercase == true,
                  first.first?.isUppercase == true {
            // A surname with its initial after it, as lists of names often have it ("Peeters J.").
            personal = true
        } else if first.wholeMatch(of: /\p{Lu}\.\p{Lu}\p{Ll}+/) != nil {
            personal = true
        } else {
            personal = givenNames.contains(lowered)
        }
        guard personal else { return nil }
        return Phrase(en: "the owner '\(owner)' looks like a person's name; the owner must be an organisation or role, such as 'politiezone', 'OCMW' or 'preventiedienst'",
                      nl: "de eigenaar '\(owner)' lijkt een persoonsnaam; de eigenaar moet een organisatie of rol zijn, zoals 'politiezone', 'OCMW' of 'preventiedienst'")
    }

    /// Why, for the hint under the message.
    public static let hint = Phrase(en: "people change jobs while the plan stays, and the plan goes to next year's report; name the organisation or role that carries the action",
                                    nl: "mensen wisselen van functie terwijl het plan blijft, en het plan komt in het rapport van volgend jaar; noem de organisatie of rol die de actie draagt")

    private static let titles: Set<String> = [
        "dhr", "dhr.", "mevr", "mevr.", "mevrouw", "meneer", "mijnheer", "mw", "mw.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
        "dr", "dr.", "prof", "prof.", "ir.", "mme", "mme.", "m.",
    ]

    /// Common first names in Flanders, short list: the aim is to catch the obvious case.
    private static let givenNames: Set<String> = [
        "jan", "piet", "peter", "pieter", "marc", "luc", "dirk", "johan", "geert", "bart", "tom", "kris", "koen", "wim",
        "filip", "philippe", "patrick", "stefan", "steven", "jef", "jos", "jozef", "paul", "eric", "erik", "hans",
        "hendrik", "joris", "jeroen", "wouter", "thomas", "maarten", "nico", "ann", "anne", "annick", "els", "katrien",
        "sofie", "sophie", "lies", "lieve", "hilde", "inge", "karin", "veerle", "sarah", "sara", "ellen", "eva", "lisa",
        "laura", "julie", "marie", "maria", "nathalie", "sandra", "kathleen", "griet", "greet", "nele", "leen", "tine",
        "liesbeth", "elke", "evelien", "mohamed", "mohammed", "ahmed", "youssef", "fatima", "khadija", "mehmet", "ayse",
        "emma", "louise", "noah", "lucas", "liam", "arthur", "jules", "olivia", "mila", "david", "michael", "john",
        "mary", "james", "robert", "linda", "kevin", "dries", "bram", "ruben", "jonas", "simon", "lotte", "jasper",
        "kobe", "lars", "sien", "fien", "hanne", "marijke", "martine", "christine", "chris", "rik", "herman", "willy",
        "rudi", "rudy", "danny", "ronny", "jean", "pierre", "michel", "benoit", "mieke", "ilse", "ingrid", "kristof",
        "christophe", "frederik", "sven", "gert", "tim", "dieter", "yves", "vincent", "nicolas", "pascal", "sabine",
        "caroline", "isabelle", "valerie", "an-sofie", "ann-sophie", "jan-willem",
    ]
}

namespace S3Criteria.Tests.Schemas;

/// <summary>
/// Near-miss strategy documents: each a small mutation of the bundled sample <c>exemplary.yaml</c> (a valid document),
/// named by what it changes. <see cref="NearMissCorpusTests"/> runs each through the schema and the loader.
/// </summary>
internal static class NearMissCorpus
{
    public const string Sample = "exemplary.yaml";

    private const string Analysis = "analysis:\n  updated: 2025-09-30\n  covers-innovation-diffusion: true\n  covers-digitalisation: true\n";
    private const string PartnerA = "{ name: Partner region A, country: ES, helix: public-administration, category: transition }";

    /// <summary>Gets the mutations: a name, the text to find in the sample (its first occurrence changes) and its replacement.</summary>
    public static IReadOnlyList<(string Name, string Find, string Replace)> Mutations { get; } =
    [
        ("unknown top-level key", "period-start: 2021\n", "period-start: 2021\ncolour: blue\n"),
        ("required title missing", "title: Smart specialisation strategy of Aurelia 2021-2027 (fictional exemplary sample)\n", string.Empty),
        ("empty title", "title: Smart specialisation strategy of Aurelia 2021-2027 (fictional exemplary sample)", "title: ''"),
        ("empty id", "id: itx1-aurelia-s3-2021-2027", "id: \"\""),
        ("number as id", "id: itx1-aurelia-s3-2021-2027", "id: 2021"),
        ("number as id, quoted", "id: itx1-aurelia-s3-2021-2027", "id: '2021'"),
        ("float as priority id", "  - id: tourism\n", "  - id: 1.5\n"),
        ("boolean as text", "name: Smart agri-food", "name: true"),
        ("text that only starts with a number", "name: Smart agri-food", "name: 2030 agri-food"),
        ("boolean in quotes", "covers-digitalisation: true", "covers-digitalisation: 'true'"),
        ("boolean written yes", "evaluation-planned: true", "evaluation-planned: yes"),
        ("boolean written True", "evaluation-planned: true", "evaluation-planned: True"),
        ("budget in quotes", "budget: 45000000", "budget: '45000000'"),
        ("negative budget", "budget: 45000000", "budget: -1"),
        ("budget with decimals", "budget: 45000000", "budget: 45000000.50"),
        ("budget as words", "budget: 45000000", "budget: 45 million"),
        ("budget with an exponent", "budget: 45000000", "budget: 4.5e7"),
        ("negative funding", "funding: 4500000", "funding: -4500000"),
        ("zero funding", "funding: 4500000", "funding: 0"),
        ("year as a float", "period-start: 2021", "period-start: 2021.0"),
        ("year in quotes", "period-start: 2021", "period-start: '2021'"),
        ("year as words", "period-start: 2021", "period-start: twenty-one"),
        ("unassigned country", "country: ES,", "country: ZZ,"),
        ("country in lower case", "country: ES,", "country: es,"),
        ("country by name", "country: ES,", "country: Spain,"),
        ("Eurostat spelling of Greece", "country: GR,", "country: EL,"),
        ("NUTS code of no country", "code: ITX1 ", "code: ZZ99 "),
        ("NUTS code in lower case", "code: ITX1 ", "code: itx1 "),
        ("NUTS code too long", "code: ITX1 ", "code: ITX1234 "),
        ("unknown enumeration value", "category: less-developed\n  lagging", "category: poor\n  lagging"),
        ("retired or unknown status", "status: revised", "status: approved"),
        ("date in words", "adopted: 2022-02-10", "adopted: 10 February 2022"),
        ("date that does not exist", "adopted: 2022-02-10", "adopted: 2022-02-30"),
        ("date in quotes", "adopted: 2022-02-10", "adopted: '2022-02-10'"),
        ("date with a time", "adopted: 2022-02-10", "adopted: 2022-02-10T00:00:00Z"),
        ("optional value left empty", "adopted: 2022-02-10", "adopted:"),
        ("optional section left empty", Analysis, "analysis:\n"),
        ("optional section null", Analysis, "analysis: ~\n"),
        ("optional section as a list", Analysis, "analysis: []\n"),
        ("required section left empty", "region:\n  code: ITX1", "region:\nregion-was:\n  code: ITX1"),
        ("list left empty", "domains: [agri-food, high-tech-farming, traceability, big-data]", "domains:"),
        ("list given as text", "domains: [agri-food, high-tech-farming, traceability, big-data]", "domains: agri-food"),
        ("list item not a mapping", PartnerA, "Partner region A"),
        ("partner without its required name", PartnerA, "{ country: ES, helix: public-administration, category: transition }"),
        ("unknown key in a partner", PartnerA, "{ name: Partner region A, country: ES, helix: public-administration, category: transition, colour: red }"),
        ("evidence criterion 8", "criteria: [1, 2, 3, 4, 5, 6, 7]", "criteria: [1, 2, 3, 4, 5, 6, 8]"),
        ("evidence criterion 0", "criteria: [1, 2, 3, 4, 5, 6, 7]", "criteria: [0, 2]"),
        ("evidence criterion in quotes", "criteria: [1, 2, 3, 4, 5, 6, 7]", "criteria: ['1']"),
        ("$schema key in YAML", "period-start: 2021\n", "period-start: 2021\n$schema: ../../schemas/strategy.schema.json\n"),
        ("duplicate priority id", "  - id: health\n", "  - id: tourism\n"),
        ("unresolved priority reference", "priorities: [agri-food]\n    domains: [traceability", "priorities: [nowhere]\n    domains: [traceability"),
        ("period ends before it starts", "period-end: 2027", "period-end: 2019"),
        ("partnership ends before it starts", "end: 2027-02-28", "end: 2020-01-01"),
        ("partner NUTS code outside its country", PartnerA, "{ name: Partner region A, country: ES, nuts: FR10, helix: public-administration, category: transition }"),
        ("target year before baseline year", "target-year: 2029", "target-year: 2020"),
    ];

    /// <summary>
    /// Gets the differences a JSON Schema cannot express: the mutations the schema accepts and the loader rejects, with
    /// why. Every other mutation must get the same answer from both.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SchemaCannotExpress { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Uniqueness of identifiers across the items of a list (uniqueItems compares whole items, not one key).
        ["duplicate priority id"] = "uniqueness",

        // References: an identifier in one list must name an item of another.
        ["unresolved priority reference"] = "references",

        // Order between two values of the document.
        ["period ends before it starts"] = "date order",
        ["partnership ends before it starts"] = "date order",
        ["target year before baseline year"] = "date order",

        // A NUTS code must lie in the country stated beside it: a relation between two values.
        ["partner NUTS code outside its country"] = "relation between values",

        // JSON numbers: 2021.0 is an integer and 4.5e7 a number in JSON Schema (the data model keeps no spelling);
        // the loader reads whole numbers without a decimal point and amounts without an exponent.
        ["year as a float"] = "number spelling",
        ["budget with an exponent"] = "number spelling",

        // A YAML 1.1 reader turns an unquoted date into a timestamp at midnight UTC, which a validator then sees as
        // 2022-02-10T00:00:00Z; the schema accepts that form so those validators do not fail a valid document, and
        // cannot tell it from the same text written by hand, which the loader rejects.
        ["date with a time"] = "YAML 1.1 timestamps",
    };
}

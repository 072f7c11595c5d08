namespace Zendesk.Simulator.Data;

/// <summary>Vocabulary for generated names and texts.</summary>
internal static class Words
{
    public static readonly string[] FirstNames =
    [
        "Ava", "Liam", "Noah", "Emma", "Mia", "Lucas", "Sofia", "Mateo", "Aiko", "Ravi", "Chloé", "Jonas",
        "Zanele", "Omar", "Ingrid", "Kenji", "Priya", "Tomás", "Fatima", "Erik", "Léa", "Yusuf", "Hana", "Diego",
    ];

    public static readonly string[] LastNames =
    [
        "Martin", "Okafor", "Schmidt", "Tanaka", "Garcia", "Novak", "Dubois", "Kowalski", "Singh", "Rossi",
        "Andersen", "Silva", "Nguyen", "Haddad", "O'Brien", "Müller", "Kim", "Jensen", "Costa", "Ibrahim",
    ];

    public static readonly string[] CompanyFirst =
    [
        "Northwind", "Blue Harbor", "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Cyberdyne", "Tyrell",
        "Soylent", "Hooli", "Vandelay", "Pied Piper", "Wonka", "Gringotts", "Oceanic", "Monarch",
    ];

    public static readonly string[] CompanyLast = ["Traders", "Logistics", "Labs", "Systems", "Foods", "Health", "Media", "Energy", "Bank", "Studios"];

    public static readonly string[] Problems =
    [
        "Cannot log in to", "Error when exporting from", "Billing question about", "Slow loading of", "Feature request for",
        "Refund for", "Password reset for", "Broken link in", "Missing data in", "Upgrade of", "Cancel subscription to",
        "Integration issue with", "Invoice copy for", "Shipping delay on", "Wrong item in",
    ];

    public static readonly string[] Things =
    [
        "the dashboard", "the mobile app", "my account", "order #4471", "the API", "the reporting module", "the checkout page",
        "the Android app", "SSO settings", "the admin console", "our team plan", "the CSV export", "the webhook settings",
    ];

    public static readonly string[] RequesterLines =
    [
        "Hi, I have been trying to fix this since yesterday and it still does not work.",
        "Could you please look into this as soon as possible?",
        "Thanks for the quick reply, but the problem is still there.",
        "I attached a screenshot that shows the error message.",
        "This is blocking our whole team — «urgent» for us.",
        "Bonjour, le problème persiste après la mise à jour.",
    ];

    public static readonly string[] AgentLines =
    [
        "Thanks for reaching out! I have forwarded this to our engineering team.",
        "Could you send us the exact time the error happened and your browser version?",
        "We have applied a fix on our side. Can you try again and let us know?",
        "I have issued the refund; it should appear within 5–7 business days.",
        "Following up: is there anything else we can help you with?",
    ];

    public static readonly string[] NoteLines =
    [
        "Internal: customer is on the enterprise plan, handle with priority.",
        "Checked the logs, looks like a known issue (see problem ticket).",
        "Escalated to tier 2 — waiting for their answer.",
        "Note: do not offer a discount, already given last quarter.",
    ];

    public static readonly string[] Tags =
    [
        "billing", "login", "bug", "feature_request", "refund", "vip", "mobile", "api", "export", "shipping",
        "urgent", "churn_risk", "onboarding", "sso", "invoice", "android", "ios", "web", "enterprise", "trial",
    ];

    public static readonly string[] Cities = ["Berlin", "Lisbon", "Tokyo", "Nairobi", "São Paulo", "Toronto", "Sydney", "Dublin", "Mumbai", "Oslo"];

    public static readonly string[] TimeZones = ["Berlin", "Lisbon", "Tokyo", "Nairobi", "Brasilia", "Eastern Time (US & Canada)", "Sydney", "Dublin", "Mumbai", "Copenhagen"];

    public static readonly string[] IanaTimeZones = ["Europe/Berlin", "Europe/Lisbon", "Asia/Tokyo", "Africa/Nairobi", "America/Sao_Paulo", "America/New_York", "Australia/Sydney", "Europe/Dublin", "Asia/Kolkata", "Europe/Copenhagen"];

    public static readonly string[] Locales = ["en-US", "de", "fr", "ja", "pt-BR", "es", "en-GB"];

    public static readonly int[] LocaleIds = [1, 8, 16, 67, 19, 2, 1176];

    public static readonly string[] FileNames = ["screenshot.png", "invoice.pdf", "error-log.txt", "photo.jpg", "export.csv"];

    public static readonly string[] ContentTypes = ["image/png", "application/pdf", "text/plain", "image/jpeg", "text/csv"];
}

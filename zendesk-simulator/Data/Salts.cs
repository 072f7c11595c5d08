namespace Zendesk.Simulator.Data;

/// <summary>Independent random streams per purpose, so adding a draw in one never shifts another.</summary>
internal static class Salts
{
    public const int TicketHeader = 1;
    public const int Timeline = 2;
    public const int TicketText = 3;
    public const int Comment = 4;
    public const int User = 5;
    public const int Organization = 6;
    public const int Rating = 7;
    public const int Skip = 8;
    public const int Catalog = 9;
    public const int TicketTime = 10;
    public const int Activity = 11;
    public const int AuditLog = 12;
    public const int Job = 13;
    public const int Sunshine = 14;
    public const int Talk = 15;
    public const int Routing = 16;
}

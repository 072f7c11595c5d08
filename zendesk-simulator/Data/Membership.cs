namespace Zendesk.Simulator.Data;

/// <summary>One organization membership as the list shows it.</summary>
internal readonly record struct Membership(long Id, int User, int Organization, long Created, long Updated);

namespace Zendesk.Singer.Protocol;

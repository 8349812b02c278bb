// Time zone Europe/Amsterdam only at the edges: "today" as a domain date.
export function vandaag(nu: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(nu);
}

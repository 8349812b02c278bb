// "PostgreSQL stopped": a TCP proxy in front of the real server that can be shut (all connections
// cut, new ones refused) and opened again on the same port. The app sees exactly what a stopped
// server looks like, while the shared test server keeps running for other tests.
import net from 'node:net';

export class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;
  constructor(private readonly doel: { host: string; port: number }) {}
  async open(): Promise<void> {
    this.server = net.createServer((c) => {
      const s = net.connect(this.doel.port, this.doel.host);
      this.sockets.add(c).add(s);
      c.pipe(s).pipe(c);
      const sluit = () => (c.destroy(), s.destroy(), this.sockets.delete(c), this.sockets.delete(s));
      c.on('error', sluit).on('close', sluit);
      s.on('error', sluit).on('close', sluit);
    });
    await new Promise<void>((ok) => this.server!.listen(this.port, '127.0.0.1', () => ok()));
    this.port = (this.server!.address() as net.AddressInfo).port;
  }
  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await new Promise<void>((ok) => this.server!.close(() => ok()));
  }
}

// Where image bytes live: the durable store (SQLite) or, for an ephemeral world, memory.
export interface BlobStore {
  put(id: string, data: Buffer): void;
  get(id: string): Buffer | undefined;
  delete(id: string): void;
  clear(): void;
}

export class MemoryBlobs implements BlobStore {
  private map = new Map<string, Buffer>();
  put(id: string, data: Buffer) {
    this.map.set(id, data);
  }
  get(id: string) {
    return this.map.get(id);
  }
  delete(id: string) {
    this.map.delete(id);
  }
  clear() {
    this.map.clear();
  }
}

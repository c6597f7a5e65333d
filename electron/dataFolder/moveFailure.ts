/** Why a move at start was undone, in words Settings can show after "Cairn could not move your data:". */
export class MoveFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'MoveFailure';
  }
}

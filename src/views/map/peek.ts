/** A state or corridor whose tooltip the lists open on the map while a button is hovered or focused. */
export interface Peek {
  kind: 'state' | 'corridor';
  id: string;
}

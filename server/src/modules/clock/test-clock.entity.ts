import { BigIntType, type Opt } from '@mikro-orm/core';
import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The test clock's offset from real time, shared by every process on the database (one row, id 1).
 * Only read when TEST_CLOCK=1; production never has the row.
 */
@Entity({ tableName: 'test_clock' })
@Check({ name: 'test_clock_single_row', expression: 'id = 1' })
export class TestClockState {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id: number & Opt = 1;

  /** Milliseconds the test clock is ahead of real time; never negative (it only moves forward). */
  @Property({ type: new BigIntType('number') })
  offsetMs!: number;

  @Property({ columnType: 'timestamptz', type: 'datetime' })
  updatedAt!: Date;
}

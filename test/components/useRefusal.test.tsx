import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RequestError } from '#renderer/api/client';
import { refusalAt, refusalFor, useRefusal } from '#renderer/api/useRefusal';

const refused = (message: string, field?: string) =>
  new RequestError({ code: 'invalid_input', message, ...(field ? { field } : {}) });

describe('a refusal placed on a useState form', () => {
  it('goes beside the field it names, by the first part of its path', () => {
    expect(refusalFor(refused('Pick a date', 'date'), ['date', 'time'])).toEqual({
      field: 'date',
      message: 'Pick a date',
    });
    expect(refusalFor(refused('Too long', 'items.2.text'), ['items'])).toEqual({ field: 'items', message: 'Too long' });
  });

  it('goes on the form when it names no field of the form, or is not a refusal at all', () => {
    expect(refusalFor(refused('Not yours', 'personId'), ['date'])).toEqual({ field: null, message: 'Not yours' });
    expect(refusalFor(refused('The store is locked'), ['date'])).toEqual({
      field: null,
      message: 'The store is locked',
    });
    expect(refusalFor(new Error('disk full'), ['date'])).toEqual({ field: null, message: 'disk full' });
  });

  it('keeps the whole path for a form with indexed fields (a scorecard), and still refuses foreign paths', () => {
    expect(refusalAt(refused('Score "Design" before submitting.', 'ratings.2.score'), ['ratings', 'reason'])).toEqual({
      path: 'ratings.2.score',
      message: 'Score "Design" before submitting.',
    });
    expect(refusalAt(refused('A submitted scorecard is locked', 'status'), ['ratings', 'reason'])).toEqual({
      path: null,
      message: 'A submitted scorecard is locked',
    });
  });

  it('drops the part of the path the form does not have', () => {
    expect(refusalFor(refused('Enter a name', 'fields.name'), ['name'], 'fields.')).toEqual({
      field: 'name',
      message: 'Enter a name',
    });
  });

  it('tells each field its own message only, and forgets it when cleared', () => {
    const { result } = renderHook(() => useRefusal(['date', 'time']));
    act(() => result.current.show(refused('That time does not exist', 'time')));
    expect(result.current.on('time')).toBe('That time does not exist');
    expect(result.current.on('date')).toBeUndefined();
    expect(result.current.formError).toBeUndefined();

    act(() => result.current.refuse(null, 'Try again'));
    expect(result.current.formError).toBe('Try again');
    expect(result.current.on('time')).toBeUndefined();

    act(() => result.current.clear());
    expect(result.current.refusal).toBeNull();
    expect(result.current.formError).toBeUndefined();
  });
});

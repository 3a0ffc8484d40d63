import { act, renderHook, waitFor } from '@testing-library/react';
import { useSendOnce } from './useSendOnce';

describe('useSendOnce', () => {
  it('sends once while a send is on its way, and again after it', async () => {
    const sent: string[] = [];
    let answer = () => {};
    const send = (text: string) => {
      sent.push(text);
      if (text === 'third') return Promise.resolve(text);
      return new Promise<string>(resolve => {
        answer = () => resolve(text);
      });
    };
    const { result } = renderHook(() => useSendOnce(send, []));
    act(() => {
      result.current[1]('first');
      result.current[1]('second');
    });
    await waitFor(() => expect(result.current[0].loading).toBe(true));
    expect(sent).toEqual(['first']);
    await act(async () => answer());
    await waitFor(() => expect(result.current[0].value).toBe('first'));
    await act(() => result.current[1]('third'));
    expect(sent).toEqual(['first', 'third']);
    expect(result.current[0].value).toBe('third');
  });

  it('keeps the error in its state', async () => {
    const { result } = renderHook(() =>
      useSendOnce(async () => {
        throw new Error('Try again');
      }, []),
    );
    await act(() => result.current[1]());
    expect(result.current[0].error?.message).toBe('Try again');
    expect(result.current[0].loading).toBe(false);
  });
});

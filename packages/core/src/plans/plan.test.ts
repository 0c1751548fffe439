import { describe, expect, it } from 'vitest';
import { planProblems, planYears, taskProgress, type Plan } from './plan.js';

const plan: Omit<Plan, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'> = {
  unitId: 'province-lao-cai',
  kind: 'ke-hoach',
  numberSymbol: '07/KH-UBND',
  date: '2023-11-14',
  title: 'Kế hoạch thực hiện Đề án lưu trữ dự phòng giai đoạn 2023–2035',
  implements: ['71/QĐ-TTg'],
  phases: [
    { name: 'Giai đoạn 1', fromYear: 2023, toYear: 2026, milestone: 'Lựa chọn xong tài liệu thuộc diện lập bản sao' },
    { name: 'Giai đoạn 2', fromYear: 2026, toYear: 2033, milestone: 'Số hóa 100% tài liệu đã lựa chọn' },
  ],
  tasks: [
    {
      content: 'Rà soát, lựa chọn tài liệu',
      lead: 'Sở Nội vụ',
      coordinating: ['Trung tâm Lưu trữ lịch sử'],
      fromYear: 2023,
      toYear: 2024,
      status: 'in-progress',
    },
    { content: 'Số hóa tài liệu', lead: 'Sở Nội vụ', coordinating: [], fromYear: 2025, toYear: 2035, status: 'not-started' },
  ],
  criteria: [],
};

describe('plans', () => {
  it('cover the years of their phases and tasks', () => {
    expect(planYears(plan)).toEqual({ from: 2023, to: 2035 });
    expect(planYears({ ...plan, phases: [], tasks: [] })).toEqual({ from: 2023, to: 2023 });
  });
  it('say what is wrong, with the path of the field', () => {
    expect(planProblems(plan, '2026-12-05')).toEqual([]);
    const bad = planProblems(
      {
        ...plan,
        date: '2024-02-31',
        numberSymbol: 'bảy',
        phases: [{ ...plan.phases[0]!, fromYear: 2030, toYear: 2026 }],
        tasks: [{ ...plan.tasks[0]!, status: 'xong' as never }],
      },
      '2026-12-05',
    );
    expect(bad.map((p) => p.path)).toEqual(['numberSymbol', 'date', 'phases.0', 'tasks.0.status']);
    expect(planProblems({ ...plan, date: '2027-01-01' }, '2026-12-05').map((p) => p.vi)).toEqual(['Ngày ban hành 2027-01-01 ở tương lai.']);
  });
  it('count task progress, overdue ones apart', () => {
    expect(taskProgress(plan, 2026)).toEqual({ 'not-started': 1, 'in-progress': 1, done: 0, cancelled: 0, overdue: 1 });
  });
});

describe('plan ids', () => {
  it('are safe in a URL and stable', async () => {
    const { planId } = await import('./plan.js');
    expect(planId({ unitId: 'province-lao-cai', numberSymbol: '07/KH-UBND', date: '2023-11-14' })).toBe(
      'province-lao-cai:07-KH-UBND:2023-11-14',
    );
  });
});

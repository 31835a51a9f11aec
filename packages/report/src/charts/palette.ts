/** Chart colours, chosen to read on white paper and, through CSS overrides, on a dark editor. */
export const PALETTE = {
    charged: '#d9822b',
    fair: '#2f6db5',
    good: '#2e8b57',
    bad: '#c2423f',
    neutral: '#8c8c8c',
    text: '#222222',
    muted: '#666666',
    grid: '#dddddd',
    collectiveFill: '#eef3fa',
    collectiveStroke: '#2f6db5',
    practiceFill: '#ffffff',
    practiceStroke: '#8a96a8'
};

export const CHART_FONT = 'DejaVu Sans';
